import { Min, Max } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ProgrammeEntity } from '@caf/db';
import type { Context } from '../graphql/context';
import { Programme } from '../programme/programme.types';
import { ProgrammeCriterionStatistics } from './benchmark.types';
import { BenchmarkService } from './benchmark.service';

@ArgsType()
class CycleArgs {
  @Field(_type => Int, { description: 'Year of the assessment cycle, e.g. 2024.' })
  @Min(2000)
  @Max(2100)
  cycleYear: number;
}

@Resolver(_of => Programme)
export class ProgrammeBenchmarkResolver {
  private readonly service = new BenchmarkService();

  @Authorized()
  @FieldResolver(_type => [Int], { description: 'Cycles with submitted self-assessments, newest first.' })
  assessmentCycles(@Root() programme: Programme, @Ctx() ctx: Context): Promise<number[]> {
    return this.service.programmeCycles(ctx, programme.id);
  }

  @Authorized()
  @FieldResolver(_type => ProgrammeCriterionStatistics, {
    description: 'Programme-wide mean per CAF criterion; suppressed below the minimum group size.',
  })
  criterionStatistics(
    @Root() programme: Programme,
    @Args() { cycleYear }: CycleArgs,
    @Ctx() ctx: Context,
  ): Promise<ProgrammeCriterionStatistics> {
    return this.service.programmeCriterionStatistics(ctx, programme as ProgrammeEntity, cycleYear);
  }
}
