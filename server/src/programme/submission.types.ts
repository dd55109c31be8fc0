import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Office } from '../office/office.types';

export const SubmissionStatus = {
  SUBMITTED: 'SUBMITTED',
  DRAFT: 'DRAFT',
  NOT_STARTED: 'NOT_STARTED',
} as const;
export type SubmissionStatus = keyof typeof SubmissionStatus;
registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });

/** Whether a participant has submitted its self-assessment in a cycle — never its scores. */
@ObjectType()
export class Submission {
  @Field(_type => Office)
  office: Office;

  officeId: string;

  @Field(_type => SubmissionStatus)
  status: SubmissionStatus;

  @Field(_type => GraphQLDateTimeISO, { nullable: true })
  submittedAt: Date | null;
}
