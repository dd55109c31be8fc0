import { ReleaseJobStatus } from '@caf/db';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType({ description: 'A published (frozen) assessment cycle.' })
export class CycleRelease {
  @Field(_type => Int)
  cycleYear: number;

  @Field(_type => GraphQLDateTimeISO)
  releasedAt: Date;

  @Field(_type => Int, { description: 'Offices in the released snapshot.' })
  offices: number;
}

registerEnumType(ReleaseJobStatus, {
  name: 'ReleaseJobStatus',
  description: 'QUEUED and RUNNING until the release ends SUCCEEDED or FAILED.',
});

@ObjectType({
  description:
    'A release of a cycle run in the background: releaseCycle starts it, releaseJob follows it.',
})
export class ReleaseJob {
  @Field(_type => ID)
  id: string;

  @Field(_type => Int)
  cycleYear: number;

  @Field(_type => ReleaseJobStatus)
  status: ReleaseJobStatus;

  @Field({
    description:
      'What it is doing or did last: QUEUED, STARTING, WAITING (for another release of the cycle), RELEASING, ANALYZING; at the end RELEASED, or UNCHANGED when the cycle was already published as it is.',
  })
  step: string;

  @Field(_type => Float, { description: 'Coarse progress, 0–1.' })
  progress: number;

  @Field(_type => Int, {
    nullable: true,
    description: 'Offices in the release, once it succeeded.',
  })
  offices: number | null;

  @Field(_type => String, {
    nullable: true,
    description: 'Why it failed, for people; the cycle is then as it was, and it may be retried.',
  })
  error: string | null;

  @Field(_type => GraphQLDateTimeISO)
  createdAt: Date;

  @Field(_type => GraphQLDateTimeISO, { nullable: true })
  startedAt: Date | null;

  @Field(_type => GraphQLDateTimeISO, { nullable: true })
  finishedAt: Date | null;
}
