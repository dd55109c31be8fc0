import { dimension, groupCondition, SqlParams, SUBMITTED_IN_CYCLES } from './group-sql';
import { activeFilters, type GroupFilters } from './peer-group';
import type { Cell } from './disclosure';

/** Peer-group size for "offices like mine": enough for quartiles, small enough to stay similar. */
export const likeMineSize = (k: number): number => Math.max(2 * k, 10);

/**
 * A peer group as SQL: `members` selects one submitted assessment per office and cycle (the
 * newest CAF version when an office assessed twice) as (id, office_id, cycle_year, caf_version,
 * data_origin); `counts` gives, per cycle, the group's size and the partitions that decide its
 * suppression (disclosure.ts, rules 2–3).
 */
export interface MemberSource {
  members(params: SqlParams, cycles: string): string;
  counts(params: SqlParams, cycles: string): string;
}

export interface CountRow {
  cycleYear: number;
  dim: string;
  value: string;
  n: number;
  ownValue: string;
}

export function filteredGroup(group: GroupFilters): MemberSource {
  return {
    members: (params, cycles) => `
      SELECT DISTINCT ON (a.cycle_year, a.office_id) a.id, a.office_id, a.cycle_year, a.caf_version, a.data_origin
        ${SUBMITTED_IN_CYCLES(cycles)} AND ${groupCondition(group, params)}
       ORDER BY a.cycle_year, a.office_id, a.caf_version DESC`,
    counts: (params, cycles) =>
      [
        `SELECT a.cycle_year AS "cycleYear", 'self' AS dim, 'self' AS value, count(DISTINCT a.office_id)::int AS n, 'self' AS "ownValue"
           ${SUBMITTED_IN_CYCLES(cycles)} AND ${groupCondition(group, params)} GROUP BY a.cycle_year`,
        ...activeFilters(group).map(key => {
          const { expression, ownValue } = dimension(key, group, params);
          return `SELECT a.cycle_year, '${key}', ${expression}, count(DISTINCT a.office_id)::int, ${params.add(ownValue)}::text
                    ${SUBMITTED_IN_CYCLES(cycles)} AND ${groupCondition(group, params, key)} GROUP BY 1, 3`;
        }),
      ].join(' UNION ALL '),
  };
}

/** Offices of the viewer's JST type nearest in log population and log staff, per cycle. */
export function likeMineGroup(
  officeId: string,
  k: number,
  cafVersion: string | undefined,
): MemberSource {
  const pool = (params: SqlParams, cycles: string) => `
    SELECT DISTINCT ON (a.cycle_year, a.office_id) a.id, a.office_id, a.cycle_year, a.caf_version, a.data_origin,
           abs(ln(o.population) - ln(me.population)) + abs(ln(o.staff_count) - ln(me.staff_count)) AS distance
      FROM caf_assessment a
      JOIN office o ON o.id = a.office_id
     CROSS JOIN (SELECT jst_type, population, staff_count FROM office WHERE id = ${params.add(officeId)}) me
     WHERE a.status = 'SUBMITTED' AND a.cycle_year = ANY(${cycles}) AND o.jst_type = me.jst_type
       ${cafVersion ? `AND a.caf_version = ${params.add(cafVersion)}` : ''}
     ORDER BY a.cycle_year, a.office_id, a.caf_version DESC`;
  const ranked = (params: SqlParams, cycles: string) => `
    SELECT *, row_number() OVER (PARTITION BY cycle_year ORDER BY distance, office_id) <= ${likeMineSize(k)} AS chosen
      FROM (${pool(params, cycles)}) pool`;
  return {
    members: (params, cycles) =>
      `SELECT id, office_id, cycle_year, caf_version, data_origin FROM (${ranked(params, cycles)}) r WHERE chosen`,
    // Its parent is the whole JST type: the group is one cell of {like mine, the rest of the type}.
    counts: (params, cycles) => `
      WITH r AS (${ranked(params, cycles)})
      SELECT cycle_year AS "cycleYear", 'self' AS dim, 'self' AS value, count(*) FILTER (WHERE chosen)::int AS n, 'self' AS "ownValue" FROM r GROUP BY 1
      UNION ALL
      SELECT cycle_year, 'likeMine', CASE WHEN chosen THEN 'in' ELSE 'out' END, count(*)::int, 'in' FROM r GROUP BY 1, 3`,
  };
}

/** Count rows of one cycle → the group's n and its partitions. */
export function partitionsOf(rows: readonly CountRow[]): {
  n: number;
  partitions: { ownValue: string; cells: Cell[] }[];
} {
  const n = rows.find(row => row.dim === 'self')?.n ?? 0;
  const byDim = new Map<string, { ownValue: string; cells: Cell[] }>();
  for (const row of rows.filter(r => r.dim !== 'self')) {
    const partition = byDim.get(row.dim) ?? { ownValue: row.ownValue, cells: [] };
    partition.cells.push({ value: row.value, n: row.n });
    byDim.set(row.dim, partition);
  }
  return { n, partitions: [...byDim.values()] };
}

export { SqlParams };
