import {
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Int } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { Programme } from '../programme/programme.types';
import {
  Benchmark,
  Distribution,
  ProgrammeCriterionStatistics,
  TrendPoint,
} from './benchmark.types';
import { BenchmarkService } from './benchmark.service';
import { BenchmarkArgs, CycleArgs, DistributionArgs, TrendArgs } from './dto/benchmark.args';
import { ReleaseJobArgs, ReleaseJobsArgs } from './release-job.args';
import { CycleRelease, ReleaseJob } from './release.types';
import { ReleaseService } from './release.service';

/** Benchmarks are for people with a role: a bare account (e.g. all roles revoked) sees none. */
const ANY_ROLE = [
  'ADMIN',
  'PROGRAMME_LEADER',
  'OFFICE_EDITOR',
  'OFFICE_VIEWER',
  'MINISTRY_ANALYST',
] as const;

@Resolver()
export class BenchmarkResolver {
  private readonly service = new BenchmarkService();
  private readonly releases = new ReleaseService();

  @Authorized(...ANY_ROLE)
  @Query(_returns => Benchmark, {
    description:
      'Anonymised statistics of a peer group in a released cycle, with your office’s position.',
  })
  benchmark(
    @Args() { group, cycleYear, level, officeId }: BenchmarkArgs,
    @Ctx() ctx: Context,
  ): Promise<Benchmark> {
    return this.service.benchmark(ctx, group, cycleYear, level, officeId);
  }

  @Authorized(...ANY_ROLE)
  @Query(_returns => Distribution, {
    description:
      'The group’s values of one score, microaggregated and under pseudonyms, for strip and box plots.',
  })
  benchmarkDistribution(
    @Args() { group, cycleYear, key, officeId }: DistributionArgs,
    @Ctx() ctx: Context,
  ): Promise<Distribution> {
    return this.service.distribution(ctx, group, cycleYear, key, officeId);
  }

  @Authorized(...ANY_ROLE)
  @Query(_returns => [TrendPoint], { description: 'One score of a group across released cycles.' })
  benchmarkTrend(
    @Args() { group, key, cycles, officeId }: TrendArgs,
    @Ctx() ctx: Context,
  ): Promise<TrendPoint[]> {
    return this.service.trend(ctx, group, key, cycles, officeId);
  }

  @Authorized(...ANY_ROLE)
  @Query(_returns => [CycleRelease], { description: 'Released (published) cycles, newest first.' })
  cycleReleases(@Ctx() ctx: Context): Promise<CycleRelease[]> {
    return this.releases.list(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(_returns => ReleaseJob, {
    description:
      'Starts publishing a cycle from a frozen snapshot, once, in the background; follow the returned job with releaseJob. Releasing it again gives a finished job (step UNCHANGED) while nothing changed, and is refused with CONFLICT (reason ALREADY_RELEASED) when any office would be added or any score differ: late or corrected self-assessments count in the next cycle. While a release of the cycle is unfinished, another is refused with CONFLICT (reason RELEASE_RUNNING).',
  })
  releaseCycle(@Args() { cycleYear }: CycleArgs, @Ctx() ctx: Context): Promise<ReleaseJob> {
    return this.releases.start(ctx, cycleYear);
  }

  @Authorized('ADMIN')
  @Query(_returns => ReleaseJob, { description: 'One release job, as it stands now.' })
  releaseJob(@Args() { id }: ReleaseJobArgs, @Ctx() ctx: Context): Promise<ReleaseJob> {
    return this.releases.job(ctx, id);
  }

  @Authorized('ADMIN')
  @Query(_returns => [ReleaseJob], { description: 'The latest release jobs, newest first.' })
  releaseJobs(@Args() { cycleYear }: ReleaseJobsArgs, @Ctx() ctx: Context): Promise<ReleaseJob[]> {
    return this.releases.jobs(ctx, cycleYear);
  }
}

@Resolver(_of => Programme)
export class ProgrammeBenchmarkResolver {
  private readonly service = new BenchmarkService();

  @Authorized(...ANY_ROLE)
  @FieldResolver(_type => [Int], {
    description: 'Released cycles with the programme’s participants, newest first.',
  })
  async assessmentCycles(@Root() programme: Programme, @Ctx() ctx: Context): Promise<number[]> {
    const participants = await ctx.loaders.participationsByProgrammeId.load(programme.id);
    if (
      !ctx.viewer.canSeeProgrammeAggregates(
        programme.id,
        participants.map(p => p.officeId),
      )
    ) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        "Only this programme's people, the ministry and admins see its cycles.",
      );
    }
    return ctx.loaders.releasedCyclesByProgrammeId.load(programme.id);
  }

  @Authorized(...ANY_ROLE)
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
