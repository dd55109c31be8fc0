import {
  groupCondition,
  RELEASED_OFFICES_FROM,
  releasedOfficesIn,
  type SqlParams,
} from './group-sql';
import type { GroupFilters } from './groups';

export interface VerdictRow {
  cycleYear: number;
  /** null when the cycle is released but the group has no members. */
  n: number | null;
  k: number | null;
  suppressed: string | null;
  /** Members whose scores the viewer already knows (own office, benchlearning partners). */
  known: number;
}

/**
 * The stored verdicts of the group in each released cycle (one row per released cycle; cycles
 * without a row are not released), with how many of its members the viewer already knows.
 */
export function verdictSql(
  group: GroupFilters,
  params: SqlParams,
  cycles: string,
  key: string,
  knownOfficeIds: readonly string[],
): string {
  return `
    SELECT c.cycle_year AS "cycleYear", g.n, g.k, g.suppressed,
           (SELECT count(*) ${RELEASED_OFFICES_FROM}
             WHERE ro.cycle_year = c.cycle_year AND ${releasedOfficesIn(cycles)} AND ${groupCondition(group, params)}
               AND ro.office_id = ANY(${params.add(knownOfficeIds)}::uuid[]))::int AS known
      FROM cycle_release c
      LEFT JOIN released_group g ON g.cycle_year = c.cycle_year AND g.group_key = ${params.add(key)}
     WHERE c.cycle_year = ANY(${cycles})`;
}
