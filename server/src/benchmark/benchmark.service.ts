import type { CafVersionCode } from '@caf/schema';
import {
  type CycleFacts,
  DEFAULT_MIN_GROUP_SIZE,
  readCycleFacts,
  readDistribution,
  readStatistics,
  SuppressionReason,
} from '../disclosure';
import type { Context } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { prepareGroup, type PreparedGroup } from './benchmark-access';
import { toStatistic } from './benchmark-statistic';
import { describeKey } from './benchmark-text';
import type {
  Benchmark,
  Distribution,
  ProgrammeCriterionStatistics,
  TrendPoint,
} from './benchmark.types';
import { ComparisonBasis, ComparisonLevel } from './benchmark.types';
import type { PeerGroupInput } from './peer-group';

/** Which scores may be compared across the versions present (docs/domain.md §1.6). */
export function comparisonFor(
  versions: readonly CafVersionCode[],
  requested: ComparisonLevel,
): { level: ComparisonLevel; basis: ComparisonBasis } {
  if (versions.length === 0) {
    return { level: ComparisonLevel.CRITERION, basis: ComparisonBasis.NO_DATA };
  }
  if (versions.includes('2006')) {
    return { level: ComparisonLevel.CRITERION, basis: ComparisonBasis.INCLUDES_CAF_2006 };
  }
  if (versions.length > 1) {
    return { level: ComparisonLevel.CRITERION, basis: ComparisonBasis.MIXED_2013_2020 };
  }
  return { level: requested, basis: ComparisonBasis.SINGLE_VERSION };
}

export class BenchmarkService {
  /**
   * Benchmarks read only released data, which never changes once published, plus the viewer's
   * consents; so no transaction is needed for the verdict and its numbers to agree. Each statement
   * borrows a pooled connection only for itself: a request never holds one while waiting for
   * another (loaders included), which is what let aliased benchmarks exhaust the pool. Every number
   * comes out of the disclosure gate (server/src/disclosure).
   */
  private facts(ctx: Context, prepared: PreparedGroup, cycles: number[]) {
    return readCycleFacts(ctx.dataSource.manager, prepared.group, cycles, prepared.knownOfficeIds);
  }

  async benchmark(
    ctx: Context,
    input: PeerGroupInput,
    cycleYear: number,
    requested: ComparisonLevel,
    officeId?: string,
  ): Promise<Benchmark> {
    const prepared = await prepareGroup(ctx, ctx.dataSource.manager, input, cycleYear, officeId);
    const facts = await this.facts(ctx, prepared, [cycleYear]);
    const cycle = facts.get(cycleYear)!;
    const { level, basis } = comparisonFor(cycle.versions, requested);
    const rows = await readStatistics(ctx.dataSource.manager, prepared.group, facts, {
      subCriteria: level === ComparisonLevel.SUB_CRITERION,
      ownOfficeId: prepared.viewerOfficeId,
    });
    const version = cycle.versions.length === 1 ? cycle.versions[0] : undefined;
    const hidden = cycle.suppressed !== null;
    // A withheld group says nothing about its members: not their k, versions or demo status.
    return {
      cycleYear,
      n: hidden ? null : cycle.n,
      minGroupSize: hidden ? DEFAULT_MIN_GROUP_SIZE : cycle.k,
      suppressed: cycle.suppressed,
      comparisonLevel: hidden ? requested : level,
      comparisonBasis: hidden ? ComparisonBasis.NO_DATA : basis,
      cafVersions: hidden ? [] : cycle.versions,
      syntheticData: hidden ? false : cycle.synthetic,
      viewerOfficeId: prepared.viewerOfficeId,
      group: { explanation: prepared.explanation },
      statistics: rows
        .map(row => toStatistic(row.statistic, version))
        .sort((a, b) => keyOrder(a.key) - keyOrder(b.key)),
    };
  }

  async distribution(
    ctx: Context,
    input: PeerGroupInput,
    cycleYear: number,
    key: string,
    officeId?: string,
  ): Promise<Distribution> {
    const prepared = await prepareGroup(ctx, ctx.dataSource.manager, input, cycleYear, officeId);
    const cycle: CycleFacts = (await this.facts(ctx, prepared, [cycleYear])).get(cycleYear)!;
    if (cycle.suppressed) {
      return { n: null, suppressed: cycle.suppressed, points: [] };
    }
    if (key.includes('.') && cycle.versions.length > 1) {
      throw badInput([
        {
          field: 'key',
          message: 'sub-criteria are compared within one CAF version: set group.cafVersion',
        },
      ]);
    }
    const points = await readDistribution(
      ctx.dataSource.manager,
      prepared.group,
      cycleYear,
      cycle,
      key,
      prepared.viewerOfficeId,
    );
    return { n: cycle.n, suppressed: null, points };
  }

  async trend(
    ctx: Context,
    input: PeerGroupInput,
    key: string,
    cycles: number[],
    officeId?: string,
  ): Promise<TrendPoint[]> {
    if (key.includes('.') && !input.cafVersion && !input.likeMine) {
      throw badInput([
        { field: 'group.cafVersion', message: 'sub-criterion trends need one CAF version' },
      ]);
    }
    const ordered = [...new Set(cycles)].sort();
    const prepared = await prepareGroup(
      ctx,
      ctx.dataSource.manager,
      input,
      ordered[ordered.length - 1]!,
      officeId,
    );
    const facts = await this.facts(ctx, prepared, ordered);
    const rows = await readStatistics(ctx.dataSource.manager, prepared.group, facts, {
      subCriteria: key.includes('.'),
      key,
      ownOfficeId: prepared.viewerOfficeId,
    });
    return ordered.map(cycleYear => {
      const cycle = facts.get(cycleYear)!;
      const stat = rows.find(r => r.cycleYear === cycleYear)?.statistic ?? null;
      return {
        cycleYear,
        n: cycle.suppressed ? null : cycle.n,
        suppressed: cycle.suppressed ?? stat?.suppressed ?? null,
        mean: stat?.mean ?? null,
        meanError: stat?.meanError ?? null,
        median: stat?.median ?? null,
        own: stat?.own?.score ?? null,
      };
    });
  }

  /** The programme page's chart: criterion means of the programme's participants. */
  async programmeCriterionStatistics(
    ctx: Context,
    programmeId: string,
    cycleYear: number,
  ): Promise<ProgrammeCriterionStatistics> {
    const benchmark = await this.benchmark(
      ctx,
      { programmeId, likeMine: false },
      cycleYear,
      ComparisonLevel.CRITERION,
    );
    return {
      cycleYear,
      minGroupSize: benchmark.minGroupSize,
      cafVersions: benchmark.cafVersions,
      caveat:
        benchmark.comparisonBasis === ComparisonBasis.INCLUDES_CAF_2006
          ? 'INCLUDES_CAF_2006'
          : null,
      syntheticData: benchmark.syntheticData,
      criteria: Array.from({ length: 9 }, (_, i) => {
        const key = String(i + 1);
        const stat = benchmark.statistics.find(s => s.key === key);
        const { name, kind } = describeKey(key, undefined);
        return {
          criterionNumber: i + 1,
          kind: kind!,
          name,
          n: stat?.n ?? null,
          mean: stat?.mean ?? null,
          meanError: stat?.meanError ?? null,
          suppressed: stat
            ? stat.suppressed
            : (benchmark.suppressed ?? SuppressionReason.BELOW_MIN_GROUP_SIZE),
        };
      }),
    };
  }
}

const keyOrder = (key: string): number =>
  key === 'INDEX' ? 0 : Number(key.split('.')[0]) * 10 + Number(key.split('.')[1] ?? 0);
