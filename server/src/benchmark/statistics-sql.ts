import type { MemberSource } from './members-sql';
import type { SqlParams } from './group-sql';

/** Upper edges of the six CAF bands (0–10 … 91–100) for values that may carry decimals. */
const BAND_EDGES = [10.5, 30.5, 50.5, 70.5, 90.5];

const bandCounts = (column: string) =>
  `ARRAY[${[...BAND_EDGES, Infinity]
    .map((edge, i) => {
      const lower = i === 0 ? '' : `${column} >= ${BAND_EDGES[i - 1]} AND `;
      return `count(*) FILTER (WHERE ${lower}${Number.isFinite(edge) ? `${column} < ${edge}` : 'TRUE'})`;
    })
    .join(', ')}]::int[]`;

/** Criterion scores (0 = CAF index) and, at sub-criterion level, the 28 normalised scores. */
const valuesOf = (assessments: string, subCriteria: boolean) => `
  SELECT x.cycle_year, CASE WHEN s.criterion_number = 0 THEN 'INDEX' ELSE s.criterion_number::text END AS key, s.score AS value, x.office_id
    FROM ${assessments} x JOIN assessment_criterion_score s ON s.assessment_id = x.id
  ${subCriteria ? `UNION ALL SELECT x.cycle_year, c.sub_criterion_code, c.normalised::float8, x.office_id FROM ${assessments} x JOIN caf_score c ON c.assessment_id = x.id` : ''}`;

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
  source: MemberSource,
  params: SqlParams,
  cycles: string,
  options: { subCriteria: boolean; ownOfficeId: string | null; cafVersion?: string },
): string {
  const own = options.ownOfficeId
    ? `SELECT DISTINCT ON (a.cycle_year) a.id, a.office_id, a.cycle_year FROM caf_assessment a
        WHERE a.office_id = ${params.add(options.ownOfficeId)} AND a.status = 'SUBMITTED' AND a.cycle_year = ANY(${cycles})
        ${options.cafVersion ? `AND a.caf_version = ${params.add(options.cafVersion)}` : ''}
        ORDER BY a.cycle_year, a.caf_version DESC`
    : `SELECT NULL::uuid AS id, NULL::uuid AS office_id, NULL::int AS cycle_year WHERE FALSE`;
  return `
    WITH members AS (${source.members(params, cycles)}),
         own_assessment AS (${own}),
         vals AS (${valuesOf('members', options.subCriteria)}),
         own_vals AS (${valuesOf('own_assessment', options.subCriteria)})
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

export function summarySql(source: MemberSource, params: SqlParams, cycles: string): string {
  return `
    WITH members AS (${source.members(params, cycles)})
    SELECT cycle_year AS "cycleYear", array_agg(DISTINCT caf_version::text) AS versions,
           bool_or(data_origin = 'SYNTHETIC_DEMO') AS synthetic,
           (SELECT value FROM app_secret WHERE name = 'benchmark_pseudonym_key') AS "pseudonymKey"
      FROM members GROUP BY cycle_year`;
}

/** One key's values with their office ids — for pseudonymous labels, which are made in Node. */
export function distributionSql(
  source: MemberSource,
  params: SqlParams,
  cycles: string,
  key: string,
  subCriteria: boolean,
): string {
  return `
    WITH members AS (${source.members(params, cycles)})
    SELECT v.office_id AS "officeId", v.value FROM (${valuesOf('members', subCriteria)}) v WHERE v.key = ${params.add(key)}`;
}
