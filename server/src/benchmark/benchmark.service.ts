import type { CafVersionCode } from '@caf/schema';
import type { Context } from '../graphql/context';
import { prepareGroup, type PreparedGroup } from './benchmark-access';
import {
  describeFilters,
  describeKey,
  describeLikeMine,
  type LikeMineFacts,
} from './benchmark-text';
import type {
  Benchmark,
  BenchmarkStatistic,
  Distribution,
  ProgrammeCriterionStatistics,
  TrendPoint,
} from './benchmark.types';
import { ComparisonBasis, ComparisonLevel } from './benchmark.types';
import { groupSuppression, type SuppressionReason, tailPercentilesSuppression } from './disclosure';
import { type CountRow, partitionsOf, SqlParams } from './members-sql';
import type { PeerGroupInput } from './peer-group';
import { pseudonymsFor } from './pseudonyms';
import { distributionSql, type StatisticRow, statisticsSql, summarySql } from './statistics-sql';

interface CycleFacts {
  n: number;
  suppressed: SuppressionReason | null;
  versions: CafVersionCode[];
  synthetic: boolean;
  pseudonymKey: string;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Which scores may be compared across the versions present (DOMAIN.md §1.5). */
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
  /** Group size, disclosure verdict, versions and demo flag for each cycle: two statements. */
  private async cycleFacts(
    ctx: Context,
    prepared: PreparedGroup,
    cycles: number[],
  ): Promise<Map<number, CycleFacts>> {
    const countParams = new SqlParams();
    const countSql = prepared.source.counts(countParams, countParams.add(cycles));
    const summaryParams = new SqlParams();
    const summary = summarySql(prepared.source, summaryParams, summaryParams.add(cycles));
    const [countRows, summaryRows] = await Promise.all([
      ctx.dataSource.query<CountRow[]>(countSql, countParams.values),
      ctx.dataSource.query<
        {
          cycleYear: number;
          versions: CafVersionCode[];
          synthetic: boolean;
          pseudonymKey: string;
        }[]
      >(summary, summaryParams.values),
    ]);
    return new Map(
      cycles.map(cycle => {
        const { n, partitions } = partitionsOf(countRows.filter(row => row.cycleYear === cycle));
        const facts = summaryRows.find(row => row.cycleYear === cycle);
        return [
          cycle,
          {
            n,
            suppressed: groupSuppression(n, prepared.k, partitions),
            versions: [...(facts?.versions ?? [])].sort() as CafVersionCode[],
            synthetic: facts?.synthetic ?? false,
            pseudonymKey: facts?.pseudonymKey ?? '',
          },
        ];
      }),
    );
  }

  private async statistics(
    ctx: Context,
    prepared: PreparedGroup,
    cycles: number[],
    subCriteria: boolean,
    cafVersion?: string,
  ): Promise<StatisticRow[]> {
    const params = new SqlParams();
    const sql = statisticsSql(prepared.source, params, params.add(cycles), {
      subCriteria,
      ownOfficeId: prepared.viewerOfficeId,
      cafVersion,
    });
    return ctx.dataSource.query<StatisticRow[]>(sql, params.values);
  }

  async benchmark(
    ctx: Context,
    group: PeerGroupInput,
    cycleYear: number,
    requested: ComparisonLevel,
    officeId?: string,
  ): Promise<Benchmark> {
    const prepared = await prepareGroup(ctx, group, officeId);
    const facts = (await this.cycleFacts(ctx, prepared, [cycleYear])).get(cycleYear)!;
    const { level, basis } = comparisonFor(facts.versions, requested);
    const rows = await this.statistics(
      ctx,
      prepared,
      [cycleYear],
      level === ComparisonLevel.SUB_CRITERION,
      group.cafVersion,
    );
    const version = facts.versions.length === 1 ? facts.versions[0] : undefined;
    return {
      cycleYear,
      n: facts.n,
      minGroupSize: prepared.k,
      suppressed: facts.suppressed,
      comparisonLevel: level,
      comparisonBasis: basis,
      cafVersions: facts.versions,
      syntheticData: facts.synthetic,
      viewerOfficeId: prepared.viewerOfficeId,
      group: {
        explanation: group.likeMine
          ? await this.likeMineExplanation(ctx, prepared, cycleYear)
          : describeFilters(group, prepared.programme?.name ?? null),
      },
      statistics: rows.sort(byKey).map(row => toStatistic(row, facts.suppressed, version)),
    };
  }

  async distribution(
    ctx: Context,
    group: PeerGroupInput,
    cycleYear: number,
    key: string,
    officeId?: string,
  ): Promise<Distribution> {
    const prepared = await prepareGroup(ctx, group, officeId);
    const facts = (await this.cycleFacts(ctx, prepared, [cycleYear])).get(cycleYear)!;
    if (facts.suppressed) {
      return { n: facts.n, suppressed: facts.suppressed, points: [] };
    }
    const params = new SqlParams();
    const rows = await ctx.dataSource.query<{ officeId: string; value: number }[]>(
      distributionSql(prepared.source, params, params.add([cycleYear]), key, key.includes('.')),
      params.values,
    );
    const scope = JSON.stringify({
      group,
      cycleYear,
      viewer: group.likeMine ? prepared.viewerOfficeId : null,
    });
    const labels = pseudonymsFor(
      rows.map(r => r.officeId),
      facts.pseudonymKey,
      scope,
    );
    const points = rows
      .map(row => ({
        label: labels.get(row.officeId)!,
        value: round1(row.value),
        own: row.officeId === prepared.viewerOfficeId,
      }))
      .sort((a, b) => a.label.length - b.label.length || a.label.localeCompare(b.label));
    return { n: facts.n, suppressed: null, points };
  }

  async trend(
    ctx: Context,
    group: PeerGroupInput,
    key: string,
    cycles: number[],
    officeId?: string,
  ): Promise<TrendPoint[]> {
    const prepared = await prepareGroup(ctx, group, officeId);
    const [facts, rows] = await Promise.all([
      this.cycleFacts(ctx, prepared, cycles),
      this.statistics(ctx, prepared, cycles, key.includes('.'), group.cafVersion),
    ]);
    return [...cycles].sort().map(cycleYear => {
      const cycle = facts.get(cycleYear)!;
      const row = rows.find(r => r.cycleYear === cycleYear && r.key === key);
      const hidden = cycle.suppressed !== null || !row;
      return {
        cycleYear,
        n: cycle.n,
        suppressed: cycle.suppressed,
        mean: hidden ? null : round1(row.mean),
        median: hidden ? null : round1(row.pct[2]!),
        own: row?.own === null || row?.own === undefined ? null : round1(row.own),
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
          n: stat?.n ?? 0,
          mean: stat?.mean ?? null,
          suppressed: stat ? stat.suppressed : (benchmark.suppressed ?? 'BELOW_MIN_GROUP_SIZE'),
        };
      }),
    };
  }

  /** Years in which at least one participant submitted a self-assessment, newest first. */
  async programmeCycles(ctx: Context, programmeId: string): Promise<number[]> {
    const rows = await ctx.dataSource.query<{ cycleYear: number }[]>(
      `SELECT DISTINCT a.cycle_year AS "cycleYear" FROM caf_assessment a
         JOIN programme_participation p ON p.office_id = a.office_id AND p.programme_id = $1
        WHERE a.status = 'SUBMITTED' ORDER BY 1 DESC`,
      [programmeId],
    );
    return rows.map(r => r.cycleYear);
  }

  private async likeMineExplanation(ctx: Context, prepared: PreparedGroup, cycleYear: number) {
    const params = new SqlParams();
    const members = prepared.source.members(params, params.add([cycleYear]));
    const [facts] = await ctx.dataSource.query<LikeMineFacts[]>(
      `SELECT min(o.jst_type::text) AS "jstType", count(*)::int AS n,
              min(o.population) AS "populationMin", max(o.population) AS "populationMax",
              min(o.staff_count) AS "staffMin", max(o.staff_count) AS "staffMax"
         FROM (${members}) m JOIN office o ON o.id = m.office_id`,
      params.values,
    );
    return describeLikeMine(facts!);
  }
}

const keyOrder = (key: string): number =>
  key === 'INDEX' ? 0 : Number(key.split('.')[0]) * 10 + Number(key.split('.')[1] ?? 0);
const byKey = (a: StatisticRow, b: StatisticRow): number => keyOrder(a.key) - keyOrder(b.key);

function toStatistic(
  row: StatisticRow,
  groupSuppressed: SuppressionReason | null,
  version: CafVersionCode | undefined,
): BenchmarkStatistic {
  const { name, kind } = describeKey(row.key, version);
  const ownScore = row.own === null ? null : round1(row.own);
  const base = { key: row.key, kind, name, n: row.n };
  if (groupSuppressed) {
    const own =
      ownScore === null
        ? null
        : { score: ownScore, percentileRank: null, gapToMedian: null, gapToTopQuartile: null };
    return {
      ...base,
      suppressed: groupSuppressed,
      mean: null,
      median: null,
      q1: null,
      q3: null,
      p10: null,
      p90: null,
      tailsSuppressed: null,
      levelShares: null,
      own,
    };
  }
  const [p10, q1, median, q3, p90] = row.pct.map(round1) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const tails = tailPercentilesSuppression(row.n);
  return {
    ...base,
    suppressed: null,
    mean: round1(row.mean),
    median,
    q1,
    q3,
    p10: tails ? null : p10,
    p90: tails ? null : p90,
    tailsSuppressed: tails,
    levelShares: row.bands.map((count, level) => ({
      level,
      share: Math.round((count / row.n) * 1000) / 1000,
    })),
    own:
      ownScore === null
        ? null
        : {
            score: ownScore,
            percentileRank: round1(((row.below + row.equal / 2) / row.n) * 100),
            gapToMedian: round1(ownScore - median),
            gapToTopQuartile: round1(ownScore - q3),
          },
  };
}
