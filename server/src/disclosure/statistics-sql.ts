import {
  groupCondition,
  RELEASED_OFFICES_FROM,
  releasedOfficesIn,
  type SqlParams,
} from './group-sql';
import type { GroupFilters } from './groups';
import { RECORD_KEY_MODULUS } from './noise';
import { SCORE_UNITS, unitsSql } from './rounding';

/** Upper edges of the six CAF bands (0–10 … 91–100) in units: exact, as the scores are. */
const BAND_EDGES = [10.5, 30.5, 50.5, 70.5, 90.5].map(edge => edge * SCORE_UNITS);

const bandCounts = (units: string) =>
  `ARRAY[${[...BAND_EDGES, Infinity]
    .map((edge, i) => {
      const lower = i === 0 ? '' : `${units} >= ${BAND_EDGES[i - 1]} AND `;
      return `count(*) FILTER (WHERE ${lower}${Number.isFinite(edge) ? `${units} < ${edge}` : 'TRUE'})`;
    })
    .join(', ')}]::int[]`;

/** The group's members per cycle, from the released snapshot. */
const membersSql = (group: GroupFilters, params: SqlParams, cycles: string) =>
  `SELECT ro.cycle_year, ro.office_id, ro.caf_version, ro.data_origin, ro.record_key ${RELEASED_OFFICES_FROM}
    WHERE ${releasedOfficesIn(cycles)} AND ${groupCondition(group, params)}`;

/** A cell's key: the sum of its members' secret record keys, modulo 2^60 (noise.ts). */
const cellKeySql = (column: string) => `(sum(${column}::numeric) % ${RECORD_KEY_MODULUS})::text`;

/** The quantiles every statistic reports, as fractions. */
export const QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

/**
 * For each quantile, the spread (in units) of the order statistics around it — the two it
 * interpolates between and one more on each side: where they lie close together, one office's
 * value is almost the quantile itself.
 */
const quantileSpreadsSql = () =>
  `ARRAY[${QUANTILES.map(p => {
    const around = `v.i BETWEEN floor(${p} * (v.cnt - 1)) - 1 AND ceil(${p} * (v.cnt - 1)) + 1`;
    return `(max(v.units) FILTER (WHERE ${around}) - min(v.units) FILTER (WHERE ${around}))::text`;
  }).join(', ')}]`;

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
  /** The cell key of the offices contributing to this key (secret; never published). */
  cellKey: string;
  /** Largest minus smallest contribution, in units. */
  rangeUnits: string;
  /** Spread of the order statistics around each of QUANTILES, in units. */
  quantileSpreads: string[];
  /** Exact sum of the values in units of 1 / SCORE_UNITS (rounding.ts), as text. */
  sumUnits: string;
  /** P10, P25, median, P75, P90 in units (percentile_cont, so within rounding of the exact). */
  pct: number[];
  /** The viewing office's own value in units, as text; null without one. */
  ownUnits: string | null;
  /** Whether the viewing office is one of the group's members in this cycle. */
  ownMember: boolean;
  bands: number[];
}

/**
 * Every statistic of a group in one statement: n, the exact sum, the cell key, the spread of the
 * contributions, percentiles (percentile_cont) and the spread around each, the viewing office's
 * own value and membership, and counts per CAF band — aggregated in PostgreSQL over exact units
 * (rounding.ts). These are true values: only publish.ts turns them into published numbers.
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
           SELECT s.cycle_year, s.key, s.office_id, ${unitsSql('s.score')} AS units,
                  m.record_key,
                  row_number() OVER (PARTITION BY s.cycle_year, s.key ORDER BY s.score) - 1 AS i,
                  count(*) OVER (PARTITION BY s.cycle_year, s.key) AS cnt
             FROM released_score s
             JOIN members m ON m.office_id = s.office_id AND m.cycle_year = s.cycle_year
            WHERE s.cycle_year = ANY(${cycles}) ${keys}),
         own_vals AS (
           SELECT s.cycle_year, s.key, s.office_id, ${unitsSql('s.score')} AS units FROM released_score s
            WHERE ${own} AND s.cycle_year = ANY(${cycles}) ${keys})
    SELECT v.cycle_year AS "cycleYear", v.key, count(*)::int AS n, sum(v.units)::text AS "sumUnits",
           ${cellKeySql('v.record_key')} AS "cellKey",
           (max(v.units) - min(v.units))::text AS "rangeUnits",
           ${quantileSpreadsSql()} AS "quantileSpreads",
           percentile_cont(ARRAY[${QUANTILES.join(', ')}]) WITHIN GROUP (ORDER BY v.units::float8) AS pct,
           o.units::text AS "ownUnits",
           coalesce(bool_or(v.office_id = o.office_id), FALSE) AS "ownMember",
           ${bandCounts('v.units')} AS bands
      FROM vals v
      LEFT JOIN own_vals o ON o.cycle_year = v.cycle_year AND o.key = v.key
     GROUP BY v.cycle_year, v.key, o.units, o.office_id`;
}

/** The per-installation secret behind every perturbation (noise.ts); it never leaves the server. */
const NOISE_KEY_SQL = `SELECT value FROM app_secret WHERE name = 'benchmark_noise_key'`;

export interface SummaryRow {
  cycleYear: number;
  versions: string[];
  synthetic: boolean;
  /** The cell key of all the group's members in the cycle: the noise they share across keys. */
  cellKey: string;
  noiseKey: string | null;
}

export function summarySql(group: GroupFilters, params: SqlParams, cycles: string): string {
  return `
    WITH members AS (${membersSql(group, params, cycles)})
    SELECT cycle_year AS "cycleYear", array_agg(DISTINCT caf_version::text) AS versions,
           bool_or(data_origin = 'SYNTHETIC_DEMO') AS synthetic,
           ${cellKeySql('record_key')} AS "cellKey", (${NOISE_KEY_SQL}) AS "noiseKey"
      FROM members GROUP BY cycle_year`;
}

/** One key's values in units with their office ids and record keys (never returned) and the keys. */
export function distributionSql(
  group: GroupFilters,
  params: SqlParams,
  cycles: string,
  key: string,
): string {
  return `
    WITH members AS (${membersSql(group, params, cycles)})
    SELECT s.office_id AS "officeId", ${unitsSql('s.score')}::text AS units, m.record_key::text AS "recordKey",
           (SELECT value FROM app_secret WHERE name = 'benchmark_pseudonym_key') AS "pseudonymKey",
           (${NOISE_KEY_SQL}) AS "noiseKey"
      FROM released_score s JOIN members m ON m.office_id = s.office_id AND m.cycle_year = s.cycle_year
     WHERE s.cycle_year = ANY(${cycles}) AND s.key = ${params.add(key)}`;
}
