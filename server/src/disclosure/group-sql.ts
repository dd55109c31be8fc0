import {
  activeFilters,
  type FilterKey,
  type GroupFilters,
  POPULATION_BANDS,
  STAFF_BANDS,
} from './groups';

/** Collects positional parameters while SQL text is assembled. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The released offices (one row per office and cycle, with the facts frozen at release): every
 * group is a filter over these, alias `ro`.
 */
export const RELEASED_OFFICES_FROM = 'FROM released_office ro';
export const releasedOfficesIn = (cycles: string) => `ro.cycle_year = ANY(${cycles})`;

/** The SQL condition of one filter; values are bound, never inlined (bands are constants). */
export function filterCondition(key: FilterKey, group: GroupFilters, params: SqlParams): string {
  switch (key) {
    case 'programmeId':
      return `${params.add(group.programmeId)}::uuid = ANY(ro.programme_ids)`;
    case 'voivodeshipCode':
      return `ro.voivodeship_code = ${params.add(group.voivodeshipCode)}`;
    case 'jstType':
      return `ro.jst_type = ${params.add(group.jstType)}`;
    case 'populationBand': {
      const [min, max] = POPULATION_BANDS[group.populationBand!];
      return `ro.population BETWEEN ${min} AND ${max}`;
    }
    case 'staffBand': {
      const [min, max] = STAFF_BANDS[group.staffBand!];
      return `ro.staff_count BETWEEN ${min} AND ${max}`;
    }
    case 'cafVersion':
      return `ro.caf_version = ${params.add(group.cafVersion)}`;
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
