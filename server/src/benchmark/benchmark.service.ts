import type { CafVersionCode } from '@caf/schema';
import type { EntityManager } from 'typeorm';
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
import { groupKey } from './group-lattice';
import { type VerdictRow, verdictSql } from './verdict-sql';
import {
  DEFAULT_MIN_GROUP_SIZE,
  effectiveK,
  microaggregate,
  SuppressionReason,
} from './disclosure';
import { SqlParams } from './group-sql';
import type { PeerGroupInput } from './peer-group';
import { pseudonymsFor } from './pseudonyms';
import {
  distributionSql,
  type StatisticRow,
  statisticsSql,
  summarySql,
  type SummaryRow,
} from './statistics-sql';

export interface CycleFacts {
  n: number;
  k: number;
  suppressed: SuppressionReason | null;
  versions: CafVersionCode[];
  synthetic: boolean;
}

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

/** The published verdict of one cycle, made personal: offices the viewer knows are not unknown peers. */
function verdictOf(row: VerdictRow | undefined): {
  n: number;
  k: number;
  suppressed: SuppressionReason | null;
} {
  if (!row) {
    return { n: 0, k: DEFAULT_MIN_GROUP_SIZE, suppressed: SuppressionReason.CYCLE_NOT_RELEASED };
  }
  const n = row.n ?? 0;
  const k = row.k ?? DEFAULT_MIN_GROUP_SIZE;
  const stored =
    row.n === null
      ? SuppressionReason.BELOW_MIN_GROUP_SIZE
      : (row.suppressed as SuppressionReason | null);
  const knownTooMany =
    n - row.known < effectiveK(k) - 1 ? SuppressionReason.BELOW_MIN_GROUP_SIZE : null;
  return { n, k, suppressed: stored ?? knownTooMany };
}

export class BenchmarkService {
  /**
   * Benchmarks read only released data, which never changes once published, plus the viewer's
   * consents; so no transaction is needed for the verdict and its numbers to agree. Each statement
   * borrows a pooled connection only for itself: a request never holds one while waiting for
   * another (loaders included), which is what let aliased benchmarks exhaust the pool.
   */
  private read<T>(ctx: Context, run: (manager: EntityManager) => Promise<T>): Promise<T> {
    return run(ctx.dataSource.manager);
  }

  /** Group size, verdict, versions and demo flag for each cycle: two statements. */
  private async cycleFacts(
    manager: EntityManager,
    prepared: PreparedGroup,
    cycles: number[],
  ): Promise<Map<number, CycleFacts>> {
    const verdictParams = new SqlParams();
    const verdicts: VerdictRow[] = await manager.query(
      verdictSql(
        prepared.group,
        verdictParams,
        verdictParams.add(cycles),
        groupKey(prepared.group),
        prepared.knownOfficeIds,
      ),
      verdictParams.values,
    );
    const summaryParams = new SqlParams();
    const summaryRows: SummaryRow[] = await manager.query(
      summarySql(prepared.group, summaryParams, summaryParams.add(cycles)),
      summaryParams.values,
    );
    return new Map(
      cycles.map(cycle => {
        const summary = summaryRows.find(row => row.cycleYear === cycle);
        const verdict = verdictOf(verdicts.find(row => row.cycleYear === cycle));
        return [
          cycle,
          {
            ...verdict,
            versions: [...(summary?.versions ?? [])].sort() as CafVersionCode[],
            synthetic: summary?.synthetic ?? false,
          },
        ];
      }),
    );
  }

  private statistics(
    manager: EntityManager,
    prepared: PreparedGroup,
    cycles: number[],
    options: { subCriteria: boolean; key?: string },
  ): Promise<StatisticRow[]> {
    const params = new SqlParams();
    const sql = statisticsSql(prepared.group, params, params.add(cycles), {
      ...options,
      ownOfficeId: prepared.viewerOfficeId,
    });
    return manager.query(sql, params.values);
  }

  benchmark(
    ctx: Context,
    input: PeerGroupInput,
    cycleYear: number,
    requested: ComparisonLevel,
    officeId?: string,
  ): Promise<Benchmark> {
    return this.read(ctx, async manager => {
      const prepared = await prepareGroup(ctx, manager, input, cycleYear, officeId);
      const facts = (await this.cycleFacts(manager, prepared, [cycleYear])).get(cycleYear)!;
      const { level, basis } = comparisonFor(facts.versions, requested);
      const rows = await this.statistics(manager, prepared, [cycleYear], {
        subCriteria: level === ComparisonLevel.SUB_CRITERION,
      });
      const version = facts.versions.length === 1 ? facts.versions[0] : undefined;
      const hidden = facts.suppressed !== null;
      // A withheld group says nothing about its members: not their k, versions or demo status.
      return {
        cycleYear,
        n: hidden ? null : facts.n,
        minGroupSize: hidden ? DEFAULT_MIN_GROUP_SIZE : facts.k,
        suppressed: facts.suppressed,
        comparisonLevel: hidden ? requested : level,
        comparisonBasis: hidden ? ComparisonBasis.NO_DATA : basis,
        cafVersions: hidden ? [] : facts.versions,
        syntheticData: hidden ? false : facts.synthetic,
        viewerOfficeId: prepared.viewerOfficeId,
        group: { explanation: prepared.explanation },
        statistics: rows.sort(byKey).map(row => toStatistic(row, facts, version)),
      };
    });
  }

  distribution(
    ctx: Context,
    input: PeerGroupInput,
    cycleYear: number,
    key: string,
    officeId?: string,
  ): Promise<Distribution> {
    return this.read(ctx, async manager => {
      const prepared = await prepareGroup(ctx, manager, input, cycleYear, officeId);
      const facts = (await this.cycleFacts(manager, prepared, [cycleYear])).get(cycleYear)!;
      if (facts.suppressed) {
        return { n: null, suppressed: facts.suppressed, points: [] };
      }
      if (key.includes('.') && facts.versions.length > 1) {
        throw badInput([
          {
            field: 'key',
            message: 'sub-criteria are compared within one CAF version: set group.cafVersion',
          },
        ]);
      }
      const params = new SqlParams();
      const rows: { officeId: string; units: string; pseudonymKey: string | null }[] =
        await manager.query(
          distributionSql(prepared.group, params, params.add([cycleYear]), key),
          params.values,
        );
      if (rows.length === 0) {
        return { n: facts.n, suppressed: null, points: [] };
      }
      const secret = rows[0]!.pseudonymKey;
      if (!secret) {
        throw new Error('The benchmark pseudonym key (app_secret) is missing.');
      }
      const values = microaggregate(
        rows.map(row => BigInt(row.units)),
        facts.k,
      );
      const scope = JSON.stringify({ group: prepared.group, cycleYear, key });
      const labels = pseudonymsFor(
        rows.map(row => row.officeId),
        secret,
        scope,
      );
      const points = rows
        .map((row, i) => ({
          label: labels.get(row.officeId)!,
          value: values[i]!,
          own: row.officeId === prepared.viewerOfficeId,
        }))
        .sort((a, b) => a.label.length - b.label.length || a.label.localeCompare(b.label));
      return { n: facts.n, suppressed: null, points };
    });
  }

  trend(
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
    return this.read(ctx, async manager => {
      const prepared = await prepareGroup(
        ctx,
        manager,
        input,
        ordered[ordered.length - 1]!,
        officeId,
      );
      const facts = await this.cycleFacts(manager, prepared, ordered);
      const rows = await this.statistics(manager, prepared, ordered, {
        subCriteria: key.includes('.'),
        key,
      });
      return ordered.map(cycleYear => {
        const cycle = facts.get(cycleYear)!;
        const row = rows.find(r => r.cycleYear === cycleYear);
        const stat = row ? toStatistic(row, cycle, undefined) : null;
        return {
          cycleYear,
          n: cycle.suppressed ? null : cycle.n,
          suppressed: cycle.suppressed,
          mean: stat?.mean ?? null,
          median: stat?.median ?? null,
          own: stat?.own?.score ?? null,
        };
      });
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
const byKey = (a: StatisticRow, b: StatisticRow): number => keyOrder(a.key) - keyOrder(b.key);
