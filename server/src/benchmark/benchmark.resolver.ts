import {
  IsIn,
  IsOptional,
  IsUUID,
  Max,
  Matches,
  Min,
  ValidateNested,
  ArrayMaxSize,
  ArrayMinSize,
} from 'class-validator';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../graphql/context';
import { Programme } from '../programme/programme.types';
import {
  Benchmark,
  ComparisonLevel,
  Distribution,
  ProgrammeCriterionStatistics,
  TrendPoint,
} from './benchmark.types';
import { BenchmarkService } from './benchmark.service';
import { PeerGroupInput } from './peer-group';

const KEY_PATTERN = /^(INDEX|[1-9]|[1-9]\.[1-6])$/;

@ArgsType()
class CycleArgs {
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
class BenchmarkArgs extends GroupArgs {
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
class DistributionArgs extends GroupArgs {
  @Field(_type => Int)
  @Min(2000)
  @Max(2100)
  cycleYear: number;

  @Field({ description: 'INDEX, a criterion ("4") or a sub-criterion ("4.2").' })
  @Matches(KEY_PATTERN, { message: 'must be INDEX, 1–9 or a sub-criterion code such as 4.2' })
  key: string;
}

@ArgsType()
class TrendArgs extends GroupArgs {
  @Field()
  @Matches(KEY_PATTERN, { message: 'must be INDEX, 1–9 or a sub-criterion code such as 4.2' })
  key: string;

  @Field(_type => [Int])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Min(2000, { each: true })
  @Max(2100, { each: true })
  cycles: number[];
}

@Resolver()
export class BenchmarkResolver {
  private readonly service = new BenchmarkService();

  @Authorized()
  @Query(_returns => Benchmark, {
    description:
      'Anonymised statistics of a peer group, with your office’s position; disclosure-controlled.',
  })
  benchmark(
    @Args() { group, cycleYear, level, officeId }: BenchmarkArgs,
    @Ctx() ctx: Context,
  ): Promise<Benchmark> {
    return this.service.benchmark(ctx, group, cycleYear, level, officeId);
  }

  @Authorized()
  @Query(_returns => Distribution, {
    description: 'The group’s values of one score under pseudonyms, for strip and box plots.',
  })
  benchmarkDistribution(
    @Args() { group, cycleYear, key, officeId }: DistributionArgs,
    @Ctx() ctx: Context,
  ): Promise<Distribution> {
    return this.service.distribution(ctx, group, cycleYear, key, officeId);
  }

  @Authorized()
  @Query(_returns => [TrendPoint], {
    description: 'One score of a group across cycles, each cycle disclosure-controlled.',
  })
  benchmarkTrend(
    @Args() { group, key, cycles, officeId }: TrendArgs,
    @Ctx() ctx: Context,
  ): Promise<TrendPoint[]> {
    return this.service.trend(ctx, group, key, cycles, officeId);
  }
}

@Resolver(_of => Programme)
export class ProgrammeBenchmarkResolver {
  private readonly service = new BenchmarkService();

  @Authorized()
  @FieldResolver(_type => [Int], {
    description: 'Cycles with submitted self-assessments, newest first.',
  })
  assessmentCycles(@Root() programme: Programme, @Ctx() ctx: Context): Promise<number[]> {
    return this.service.programmeCycles(ctx, programme.id);
  }

  @Authorized()
  @FieldResolver(_type => ProgrammeCriterionStatistics, {
    description: 'Programme-wide mean per CAF criterion; disclosure-controlled.',
  })
  criterionStatistics(
    @Root() programme: Programme,
    @Args() { cycleYear }: CycleArgs,
    @Ctx() ctx: Context,
  ): Promise<ProgrammeCriterionStatistics> {
    return this.service.programmeCriterionStatistics(ctx, programme.id, cycleYear);
  }
}
