import { activeFilters, type FilterKey, type GroupFilters, POPULATION_BANDS } from './peer-group';

/** Collects positional parameters while SQL text is assembled. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const POPULATION_BAND_CASE = `CASE ${Object.entries(POPULATION_BANDS)
  .map(([band, [min, max]]) => `WHEN o.population BETWEEN ${min} AND ${max} THEN '${band}'`)
  .join(' ')} END`;

/**
 * SQL over `caf_assessment a JOIN office o`: the condition a filter imposes, and the dimension
 * it splits its parent group by (for complementary suppression). Values are bound, never inlined.
 */
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
    case 'cafVersion':
      return `a.caf_version = ${params.add(group.cafVersion)}`;
  }
}

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
      return { expression: POPULATION_BAND_CASE, ownValue: group.populationBand! };
    case 'cafVersion':
      return { expression: 'a.caf_version::text', ownValue: group.cafVersion! };
  }
}

/** AND of the group's filters, optionally leaving one out (its parent group). */
export function groupCondition(
  group: GroupFilters,
  params: SqlParams,
  without?: FilterKey,
): string {
  const conditions = activeFilters(group)
    .filter(key => key !== without)
    .map(key => filterCondition(key, group, params));
  return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
}

export const SUBMITTED_IN_CYCLES = (cycles: string) =>
  `FROM caf_assessment a JOIN office o ON o.id = a.office_id WHERE a.status = 'SUBMITTED' AND a.cycle_year = ANY(${cycles})`;
