import { ParticipationRole } from '@caf/schema';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Office } from '../office/office.types';

registerEnumType(ParticipationRole, { name: 'ParticipationRole' });

@ObjectType()
export class Programme {
  @Field(_type => ID)
  id: string;

  @Field({ description: 'Stable slug, e.g. dzierzoniow-2009.' })
  code: string;

  @Field()
  name: string;

  @Field(_type => String, { nullable: true })
  description: string | null;

  @Field(_type => String, { nullable: true })
  fundingSource: string | null;

  @Field(_type => GraphQLLocalDate)
  startsOn: string;

  @Field(_type => GraphQLLocalDate, { nullable: true })
  endsOn: string | null;

  @Field(_type => Int, {
    description:
      'Minimum group size k (default 5, at least 3) of groups filtered by this programme, for cycles released after it was set. It may be below the platform default 5; any group is raised to the largest k of its members’ programmes.',
  })
  minGroupSize: number;
}

/** An office's membership of a programme; membership is public, scores are not. */
@ObjectType()
export class Participation {
  @Field(_type => ID)
  id: string;

  programmeId: string;
  officeId: string;

  @Field(_type => Programme)
  programme: Programme;

  @Field(_type => Office)
  office: Office;

  @Field(_type => ParticipationRole)
  role: ParticipationRole;

  @Field(_type => GraphQLLocalDate)
  joinedOn: string;

  @Field(_type => GraphQLLocalDate, { nullable: true })
  leftOn: string | null;
}
