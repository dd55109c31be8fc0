import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A published (frozen) assessment cycle.' })
export class CycleRelease {
  @Field(_type => Int)
  cycleYear: number;

  @Field(_type => GraphQLDateTimeISO)
  releasedAt: Date;

  @Field(_type => Int, { description: 'Offices in the released snapshot.' })
  offices: number;
}
