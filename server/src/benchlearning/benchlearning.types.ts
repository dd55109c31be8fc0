import type { CafVersionCode } from '@caf/schema';
import { IsUUID, Max, Min } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CafVersionEnum } from '../catalogue/catalogue.types';
import { Office } from '../office/office.types';

@ObjectType({ description: 'Consent between two offices to see each other’s scores by name.' })
export class BenchlearningPartnership {
  @Field(_type => Office)
  partner: Office;

  partnerOfficeId: string;

  @Field({ description: 'You consented to show your scores to the partner.' })
  grantedByUs: boolean;

  @Field({ description: 'The partner consented to show theirs to you.' })
  grantedByPartner: boolean;

  @Field({ description: 'Both consent: scores are visible both ways.' })
  mutual: boolean;

  @Field(_type => GraphQLDateTimeISO, { nullable: true })
  grantedAt: Date | null;
}

@ArgsType()
export class OfficeIdArgs {
  @Field(_type => ID, { description: 'Your office.' })
  @IsUUID()
  officeId: string;
}

@ArgsType()
export class ConsentArgs {
  @Field(_type => ID, { description: 'Your office.' })
  @IsUUID()
  officeId: string;

  @Field(_type => ID)
  @IsUUID()
  partnerOfficeId: string;
}

@ArgsType()
export class OfficeScoresArgs {
  @Field(_type => ID)
  @IsUUID()
  officeId: string;

  @Field(_type => Int)
  @Min(2000)
  @Max(2100)
  cycleYear: number;
}

@ObjectType()
export class NamedScore {
  @Field({ description: 'INDEX, a criterion ("4") or a sub-criterion ("4.2").' })
  key: string;

  @Field(_type => Float)
  score: number;
}

@ObjectType({
  description:
    'An office’s own CAF scores by name: for the office itself and its consenting partners only.',
})
export class OfficeScores {
  @Field(_type => ID)
  officeId: string;

  @Field(_type => Int)
  cycleYear: number;

  @Field(_type => CafVersionEnum)
  cafVersion: CafVersionCode;

  @Field()
  syntheticData: boolean;

  @Field(_type => [NamedScore])
  scores: NamedScore[];
}
