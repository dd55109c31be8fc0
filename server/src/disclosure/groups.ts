import type { CafVersionCode, JstType } from '@caf/schema';

const enumOf = <T extends string>(keys: readonly T[]) =>
  Object.fromEntries(keys.map(k => [k, k])) as { [K in T]: K };

/** Residents of the JST; the limits follow the usual Polish ranking categories. */
export const POPULATION_BANDS = {
  UP_TO_5K: [0, 4_999],
  FROM_5K_TO_20K: [5_000, 19_999],
  FROM_20K_TO_50K: [20_000, 49_999],
  FROM_50K_TO_100K: [50_000, 99_999],
  OVER_100K: [100_000, 2_147_483_647],
} as const;
export type PopulationBand = keyof typeof POPULATION_BANDS;
export const PopulationBand = enumOf(Object.keys(POPULATION_BANDS) as PopulationBand[]);

/** Office staff headcount. */
export const STAFF_BANDS = {
  UP_TO_25: [0, 25],
  FROM_26_TO_75: [26, 75],
  FROM_76_TO_200: [76, 200],
  OVER_200: [201, 2_147_483_647],
} as const;
export type StaffBand = keyof typeof STAFF_BANDS;
export const StaffBand = enumOf(Object.keys(STAFF_BANDS) as StaffBand[]);

/** The filters that define a peer group (the engine's own type; the GraphQL input implements it). */
export interface GroupFilters {
  programmeId?: string;
  voivodeshipCode?: string;
  jstType?: JstType;
  populationBand?: PopulationBand;
  staffBand?: StaffBand;
  cafVersion?: CafVersionCode;
}

export const FILTER_KEYS = [
  'programmeId',
  'voivodeshipCode',
  'jstType',
  'populationBand',
  'staffBand',
  'cafVersion',
] as const satisfies readonly (keyof GroupFilters)[];
export type FilterKey = (typeof FILTER_KEYS)[number];

export const activeFilters = (group: GroupFilters): FilterKey[] =>
  FILTER_KEYS.filter(key => group[key] !== undefined && group[key] !== null);

export const onlyFilters = (group: GroupFilters): GroupFilters =>
  Object.fromEntries(activeFilters(group).map(key => [key, group[key]]));

/** Canonical, order-independent key of a group's filters ("" for all offices). */
export const groupKey = (group: GroupFilters): string =>
  activeFilters(group)
    .map(key => `${key}=${group[key]}`)
    .join('&');
