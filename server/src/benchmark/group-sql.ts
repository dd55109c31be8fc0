import {
  activeFilters,
  type FilterKey,
  type GroupFilters,
  POPULATION_BANDS,
  STAFF_BANDS,
} from './peer-group';

/** Collects positional parameters while SQL text is assembled. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const bandCase = (column: string, bands: Record<string, readonly [number, number]>) =>
  `CASE ${Object.entries(bands)
    .map(([band, [min, max]]) => `WHEN ${column} BETWEEN ${min} AND ${max} THEN '${band}'`)
    .join(' ')} END`;

/**
 * The released snapshot's office rows (one per office and cycle) with the office's public facts:
 * every group is a filter over this. `r` is released_score (key INDEX), `o` the office.
 */
export const RELEASED_OFFICES_FROM = 'FROM released_score r JOIN office o ON o.id = r.office_id';
export const releasedOfficesIn = (cycles: string) =>
  `r.key = 'INDEX' AND r.cycle_year = ANY(${cycles})`;

/** The SQL condition of one filter; values are bound, never inlined (bands are constants). */
export function filterCondition(key: FilterKey, group: GroupFilters, params: SqlParams): string {
  switch (key) {
    case 'programmeId':
      return `EXISTS (SELECT 1 FROM programme_participation pp WHERE pp.office_id = o.id AND pp.programme_id = ${params.add(group.programmeId)})`;
    case 'voivodeshipCode':
      return `o.voivodeship_code = ${params.add(group.voivodeshipCode)}`;
    case 'jstType':
      return `o.jst_type = ${params.add(group.jstType)}`;
    case 'populationBand': {
      const [min, max] = POPULATION_BANDS[group.populationBand!];
      return `o.population BETWEEN ${min} AND ${max}`;
    }
    case 'staffBand': {
      const [min, max] = STAFF_BANDS[group.staffBand!];
      return `o.staff_count BETWEEN ${min} AND ${max}`;
    }
    case 'cafVersion':
      return `r.caf_version = ${params.add(group.cafVersion)}`;
  }
}

/** The dimension a filter splits its parent group by, and this group's value in it. */
export function dimension(
  key: FilterKey,
  group: GroupFilters,
  params: SqlParams,
): { expression: string; ownValue: string } {
  switch (key) {
    case 'programmeId':
      return {
        expression: `CASE WHEN ${filterCondition(key, group, params)} THEN 'in' ELSE 'out' END`,
        ownValue: 'in',
      };
    case 'voivodeshipCode':
      return { expression: 'o.voivodeship_code::text', ownValue: group.voivodeshipCode! };
    case 'jstType':
      return { expression: 'o.jst_type::text', ownValue: group.jstType! };
    case 'populationBand':
      return {
        expression: bandCase('o.population', POPULATION_BANDS),
        ownValue: group.populationBand!,
      };
    case 'staffBand':
      return { expression: bandCase('o.staff_count', STAFF_BANDS), ownValue: group.staffBand! };
    case 'cafVersion':
      return { expression: 'r.caf_version::text', ownValue: group.cafVersion! };
  }
}

/** AND of the given filters of the group. */
export function groupCondition(
  group: GroupFilters,
  params: SqlParams,
  keys = activeFilters(group),
): string {
  const conditions = keys.map(key => filterCondition(key, group, params));
  return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
}
