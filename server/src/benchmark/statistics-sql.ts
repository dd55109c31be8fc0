import {
  groupCondition,
  RELEASED_OFFICES_FROM,
  releasedOfficesIn,
  type SqlParams,
} from './group-sql';
import type { GroupFilters } from './peer-group';

/** Upper edges of the six CAF bands (0–10 … 91–100) for values that may carry decimals. */
const BAND_EDGES = [10.5, 30.5, 50.5, 70.5, 90.5];

const bandCounts = (column: string) =>
  `ARRAY[${[...BAND_EDGES, Infinity]
    .map((edge, i) => {
      const lower = i === 0 ? '' : `${column} >= ${BAND_EDGES[i - 1]} AND `;
      return `count(*) FILTER (WHERE ${lower}${Number.isFinite(edge) ? `${column} < ${edge}` : 'TRUE'})`;
    })
    .join(', ')}]::int[]`;

/** The group's members per cycle, from the released snapshot. */
const membersSql = (group: GroupFilters, params: SqlParams, cycles: string) =>
  `SELECT ro.cycle_year, ro.office_id, ro.caf_version, ro.data_origin ${RELEASED_OFFICES_FROM}
    WHERE ${releasedOfficesIn(cycles)} AND ${groupCondition(group, params)}`;

/** One key, or the criterion-level keys (INDEX, 1–9), or those and the sub-criteria ('4.2'). */
const keyFilter = (params: SqlParams, options: { subCriteria: boolean; key?: string }) =>
  options.key
    ? `AND s.key = ${params.add(options.key)}`
    : options.subCriteria
      ? ''
      : `AND s.key NOT LIKE '%.%'`;

export interface StatisticRow {
  cycleYear: number;
  key: string;
  n: number;
  mean: number;
  /** P10, P25, median, P75, P90 */
  pct: number[];
  own: number | null;
  below: number;
  equal: number;
  bands: number[];
}

/**
 * Every statistic of a group in one statement: n, mean, percentiles (percentile_cont), the
 * viewing office's own value with its rank, and counts per CAF band — aggregated in PostgreSQL.
 */
export function statisticsSql(
  group: GroupFilters,
  params: SqlParams,
  cycles: string,
  options: { subCriteria: boolean; ownOfficeId: string | null; key?: string },
): string {
  const own = options.ownOfficeId ? `s.office_id = ${params.add(options.ownOfficeId)}` : 'FALSE';
  const keys = keyFilter(params, options);
  return `
    WITH members AS (${membersSql(group, params, cycles)}),
         vals AS (
           SELECT s.cycle_year, s.key, s.score AS value FROM released_score s
             JOIN members m ON m.office_id = s.office_id AND m.cycle_year = s.cycle_year
            WHERE s.cycle_year = ANY(${cycles}) ${keys}),
         own_vals AS (
           SELECT s.cycle_year, s.key, s.score AS value FROM released_score s
            WHERE ${own} AND s.cycle_year = ANY(${cycles}) ${keys})
    SELECT v.cycle_year AS "cycleYear", v.key, count(*)::int AS n, avg(v.value)::float8 AS mean,
           percentile_cont(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY v.value) AS pct,
           o.value AS own,
           count(*) FILTER (WHERE v.value < o.value)::int AS below,
           count(*) FILTER (WHERE v.value = o.value)::int AS equal,
           ${bandCounts('v.value')} AS bands
      FROM vals v
      LEFT JOIN own_vals o ON o.cycle_year = v.cycle_year AND o.key = v.key
     GROUP BY v.cycle_year, v.key, o.value`;
}

export interface SummaryRow {
  cycleYear: number;
  versions: string[];
  synthetic: boolean;
}

export function summarySql(group: GroupFilters, params: SqlParams, cycles: string): string {
  return `
    WITH members AS (${membersSql(group, params, cycles)})
    SELECT cycle_year AS "cycleYear", array_agg(DISTINCT caf_version::text) AS versions,
           bool_or(data_origin = 'SYNTHETIC_DEMO') AS synthetic
      FROM members GROUP BY cycle_year`;
}

/** One key's values with their office ids (never returned) and the installation's pseudonym key. */
export function distributionSql(
  group: GroupFilters,
  params: SqlParams,
  cycles: string,
  key: string,
): string {
  return `
    WITH members AS (${membersSql(group, params, cycles)})
    SELECT s.office_id AS "officeId", s.score AS value,
           (SELECT value FROM app_secret WHERE name = 'benchmark_pseudonym_key') AS "pseudonymKey"
      FROM released_score s JOIN members m ON m.office_id = s.office_id AND m.cycle_year = s.cycle_year
     WHERE s.cycle_year = ANY(${cycles}) AND s.key = ${params.add(key)}`;
}
