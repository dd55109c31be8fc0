import {
  dimension,
  groupCondition,
  RELEASED_OFFICES_FROM,
  releasedOfficesIn,
  type SqlParams,
} from './group-sql';
import { activeFilters, type GroupFilters } from './peer-group';

export interface CountRow {
  cycleYear: number;
  dim: string;
  value: string;
  n: number;
  ownValue: string;
}

/**
 * Everything disclosure control decides on, per cycle, in one statement (rows of
 * cycle/dim/value/n): the group's size ('self'); for each filter, the partition of the group's
 * parent by that filter's dimension; the size of every coarser group ('ancestor', by the bit mask
 * of the filters kept); how many members the viewer already knows ('known'); and the largest k
 * of the programmes its members belong to ('k'); and whether the cycle is released ('released').
 */
export function disclosureCountsSql(
  group: GroupFilters,
  params: SqlParams,
  cycles: string,
  knownOfficeIds: readonly string[],
): string {
  const keys = activeFilters(group);
  const where = (condition: string) => `WHERE ${releasedOfficesIn(cycles)} AND ${condition}`;
  const inGroup = where(groupCondition(group, params));
  const partitions = keys.map(key => {
    const { expression, ownValue } = dimension(key, group, params);
    const parent = groupCondition(
      group,
      params,
      keys.filter(k => k !== key),
    );
    return `SELECT r.cycle_year, '${key}', ${expression}, count(*)::int, ${params.add(ownValue)}::text
              ${RELEASED_OFFICES_FROM} ${where(parent)} GROUP BY 1, 3`;
  });
  const ancestorMasks = Array.from({ length: 2 ** keys.length - 1 }, (_, mask) => mask);
  const ancestors = ancestorMasks.map(
    mask =>
      `('${mask}', ${groupCondition(
        group,
        params,
        keys.filter((_, i) => mask & (1 << i)),
      )})`,
  );
  return [
    `SELECT r.cycle_year AS "cycleYear", 'self' AS dim, 'self' AS value, count(*)::int AS n, '' AS "ownValue"
       ${RELEASED_OFFICES_FROM} ${inGroup} GROUP BY 1`,
    ...partitions,
    ...(ancestors.length > 0
      ? [
          `SELECT r.cycle_year, 'ancestor', v.mask, (count(*) FILTER (WHERE v.hit))::int, ''
             ${RELEASED_OFFICES_FROM} CROSS JOIN LATERAL (VALUES ${ancestors.join(', ')}) v(mask, hit)
            WHERE ${releasedOfficesIn(cycles)} GROUP BY 1, 3`,
        ]
      : []),
    `SELECT r.cycle_year, 'known', 'self', count(*)::int, ''
       ${RELEASED_OFFICES_FROM} ${inGroup} AND r.office_id = ANY(${params.add(knownOfficeIds)}::uuid[]) GROUP BY 1`,
    `SELECT cycle_year, 'released', 'self', offices, '' FROM cycle_release WHERE cycle_year = ANY(${cycles})`,
    `SELECT r.cycle_year, 'k', 'self', coalesce(max(pg.min_group_size), 0)::int, ''
       ${RELEASED_OFFICES_FROM}
       JOIN programme_participation pp ON pp.office_id = r.office_id
       JOIN programme pg ON pg.id = pp.programme_id
       ${inGroup} GROUP BY 1`,
  ].join(' UNION ALL ');
}
