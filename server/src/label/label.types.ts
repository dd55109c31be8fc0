import { CafLabelStatus } from '@caf/schema';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(CafLabelStatus, {
  name: 'CafLabelStatus',
  description: '"Skuteczny Użytkownik CAF" (Effective CAF User) label: none, valid or expired.',
});

/** The latest CAF External Feedback label of an office: a public fact. */
@ObjectType()
export class CafLabelSummary {
  @Field(_type => CafLabelStatus)
  status: CafLabelStatus;

  @Field(_type => GraphQLLocalDate, { nullable: true })
  awardedOn: string | null;

  @Field(_type => GraphQLLocalDate, { nullable: true })
  validUntil: string | null;

  @Field(_type => String, { nullable: true })
  awardedBy: string | null;
}
