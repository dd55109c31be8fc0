import { JstType, VOIVODESHIP_CODES, type CafVersionCode } from '@caf/schema';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { CafVersionEnum } from '../catalogue/catalogue.types';

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
registerEnumType(PopulationBand, { name: 'PopulationBand', description: 'Residents of the JST.' });

/** Office staff headcount. */
export const STAFF_BANDS = {
  UP_TO_25: [0, 25],
  FROM_26_TO_75: [26, 75],
  FROM_76_TO_200: [76, 200],
  OVER_200: [201, 2_147_483_647],
} as const;
export type StaffBand = keyof typeof STAFF_BANDS;
export const StaffBand = enumOf(Object.keys(STAFF_BANDS) as StaffBand[]);
registerEnumType(StaffBand, { name: 'StaffBand', description: 'Office staff headcount.' });

/** The filters that define a peer group; any combination, all optional. */
@InputType()
export class PeerGroupInput {
  @Field(_type => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(VOIVODESHIP_CODES, { message: 'must be a TERYT voivodeship code (02, 04, …, 32)' })
  voivodeshipCode?: string;

  @Field(_type => JstType, { nullable: true })
  @IsOptional()
  jstType?: JstType;

  @Field(_type => PopulationBand, { nullable: true })
  @IsOptional()
  populationBand?: PopulationBand;

  @Field(_type => StaffBand, { nullable: true })
  @IsOptional()
  staffBand?: StaffBand;

  @Field(_type => CafVersionEnum, { nullable: true })
  @IsOptional()
  cafVersion?: CafVersionCode;

  @Field({
    defaultValue: false,
    description:
      'Offices like the viewing office: its JST type, population band and staff band, widened until the group is large enough. Other filters are ignored.',
  })
  likeMine: boolean;
}

export const FILTER_KEYS = [
  'programmeId',
  'voivodeshipCode',
  'jstType',
  'populationBand',
  'staffBand',
  'cafVersion',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type GroupFilters = Partial<Pick<PeerGroupInput, FilterKey>>;

export const activeFilters = (group: GroupFilters): FilterKey[] =>
  FILTER_KEYS.filter(key => group[key] !== undefined && group[key] !== null);

export const onlyFilters = (group: GroupFilters): GroupFilters =>
  Object.fromEntries(activeFilters(group).map(key => [key, group[key]]));
