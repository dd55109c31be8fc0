import type { CafVersionCode } from '@caf/schema';
import { perturbedBlocks } from './distribution';
import { SqlParams } from './group-sql';
import { groupKey, type GroupFilters } from './groups';
import { type NoiseContext, publishStatistic, type PublishedStatistic } from './publish';
import { pseudonymsFor } from './pseudonyms';
import { DEFAULT_MIN_GROUP_SIZE, effectiveK, SuppressionReason } from './rules';
import {
  distributionSql,
  type StatisticRow,
  statisticsSql,
  summarySql,
  type SummaryRow,
} from './statistics-sql';
import { type VerdictRow, verdictSql } from './verdict-sql';

/** What the gate needs of a database connection (an EntityManager or DataSource). */
export interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** A group's published facts in one released cycle. */
export interface CycleFacts {
  n: number;
  k: number;
  suppressed: SuppressionReason | null;
  versions: CafVersionCode[];
  synthetic: boolean;
}

// The secret keys behind a cycle's noise stay inside the gate: facts handed out carry none.
const noiseOf = new WeakMap<CycleFacts, NoiseContext>();

/** The stored verdict of one cycle, made personal: offices the viewer knows are not unknown peers. */
function verdictOf(row: VerdictRow | undefined): Pick<CycleFacts, 'n' | 'k' | 'suppressed'> {
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

/** Size, k, verdict, versions and demo flag of a group in each cycle: two statements. */
export async function readCycleFacts(
  db: Queryable,
  group: GroupFilters,
  cycles: number[],
  knownOfficeIds: readonly string[],
): Promise<Map<number, CycleFacts>> {
  const verdictParams = new SqlParams();
  const verdicts = await db.query<VerdictRow[]>(
    verdictSql(group, verdictParams, verdictParams.add(cycles), groupKey(group), knownOfficeIds),
    verdictParams.values,
  );
  const summaryParams = new SqlParams();
  const summaries = await db.query<SummaryRow[]>(
    summarySql(group, summaryParams, summaryParams.add(cycles)),
    summaryParams.values,
  );
  return new Map(
    cycles.map(cycleYear => {
      const summary = summaries.find(row => row.cycleYear === cycleYear);
      const facts: CycleFacts = {
        ...verdictOf(verdicts.find(row => row.cycleYear === cycleYear)),
        versions: [...(summary?.versions ?? [])].sort() as CafVersionCode[],
        synthetic: summary?.synthetic ?? false,
      };
      if (summary?.noiseKey) {
        noiseOf.set(facts, {
          cycleYear,
          groupCellKey: summary.cellKey,
          noiseKey: summary.noiseKey,
        });
      }
      return [cycleYear, facts];
    }),
  );
}

/** Every statistic of a group over the cycles, published through the rules: one statement. */
export async function readStatistics(
  db: Queryable,
  group: GroupFilters,
  facts: ReadonlyMap<number, CycleFacts>,
  options: { subCriteria: boolean; key?: string; ownOfficeId: string | null },
): Promise<{ cycleYear: number; statistic: PublishedStatistic }[]> {
  const params = new SqlParams();
  const rows = await db.query<StatisticRow[]>(
    statisticsSql(group, params, params.add([...facts.keys()]), options),
    params.values,
  );
  return rows.map(row => {
    const cycle = facts.get(row.cycleYear)!;
    return {
      cycleYear: row.cycleYear,
      statistic: publishStatistic(row, cycle, noiseOf.get(cycle) ?? null),
    };
  });
}

export interface PublishedPoint {
  label: string;
  value: number;
  own: boolean;
}

/** The group's values of one key as perturbed block means under pseudonyms: one statement. */
export async function readDistribution(
  db: Queryable,
  group: GroupFilters,
  cycleYear: number,
  facts: CycleFacts,
  key: string,
  viewerOfficeId: string | null,
): Promise<PublishedPoint[]> {
  const noise = noiseOf.get(facts);
  if (facts.suppressed || !noise) {
    return [];
  }
  const params = new SqlParams();
  const rows = await db.query<
    { officeId: string; units: string; recordKey: string; pseudonymKey: string | null }[]
  >(distributionSql(group, params, params.add([cycleYear]), key), params.values);
  if (rows.length === 0) {
    return [];
  }
  const secret = rows[0]!.pseudonymKey;
  if (!secret) {
    throw new Error('The benchmark pseudonym key (app_secret) is missing.');
  }
  const values = perturbedBlocks(
    rows.map(row => ({ units: BigInt(row.units), recordKey: BigInt(row.recordKey) })),
    facts.k,
    { noiseKey: noise.noiseKey, cycleYear, stream: `block|${key}` },
  );
  const labels = pseudonymsFor(
    rows.map(row => row.officeId),
    secret,
    JSON.stringify({ group, cycleYear, key }),
  );
  return rows
    .map((row, i) => ({
      label: labels.get(row.officeId)!,
      value: values[i]!,
      own: row.officeId === viewerOfficeId,
    }))
    .sort((a, b) => a.label.length - b.label.length || a.label.localeCompare(b.label));
}
