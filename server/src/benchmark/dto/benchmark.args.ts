import { allSubCriterionCodes } from '@caf/schema';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ComparisonLevel } from '../benchmark.types';
import { PeerGroupInput } from '../peer-group';

/** INDEX, a criterion or one of the 28 sub-criterion codes (the same in every CAF version). */
const SCORE_KEYS = [
  'INDEX',
  ...Array.from({ length: 9 }, (_, i) => String(i + 1)),
  ...allSubCriterionCodes('2020'),
];
const KEY_MESSAGE = 'must be INDEX, 1–9 or a sub-criterion code such as 4.2';

@ArgsType()
export class CycleArgs {
  @Field(_type => Int, { description: 'Year of the assessment cycle, e.g. 2024.' })
  @Min(2000)
  @Max(2100)
  cycleYear: number;
}

@ArgsType()
class GroupArgs {
  @Field(_type => PeerGroupInput)
  @ValidateNested()
  group: PeerGroupInput;

  @Field(_type => ID, {
    nullable: true,
    description:
      'Your office, whose position to include (office users; defaults to your only office).',
  })
  @IsOptional()
  @IsUUID()
  officeId?: string;
}

@ArgsType()
export class BenchmarkArgs extends GroupArgs {
  @Field(_type => Int)
  @Min(2000)
  @Max(2100)
  cycleYear: number;

  @Field(_type => ComparisonLevel, {
    defaultValue: ComparisonLevel.CRITERION,
    description: 'Sub-criteria need a single CAF version in the group.',
  })
  @IsIn(Object.values(ComparisonLevel))
  level: ComparisonLevel;
}

@ArgsType()
export class DistributionArgs extends GroupArgs {
  @Field(_type => Int)
  @Min(2000)
  @Max(2100)
  cycleYear: number;

  @Field({ description: 'INDEX, a criterion ("4") or a sub-criterion ("4.2").' })
  @IsIn(SCORE_KEYS, { message: KEY_MESSAGE })
  key: string;
}

@ArgsType()
export class TrendArgs extends GroupArgs {
  @Field()
  @IsIn(SCORE_KEYS, { message: KEY_MESSAGE })
  key: string;

  @Field(_type => [Int])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Min(2000, { each: true })
  @Max(2100, { each: true })
  cycles: number[];
}
