import { JstType, VOIVODESHIP_CODES, type CafVersionCode } from '@caf/schema';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { CafVersionEnum } from '../catalogue/catalogue.types';

/** Population bands of the peer groups; the limits mirror the "Perły Samorządu" style of categories. */
export const POPULATION_BANDS = {
  UP_TO_5K: [0, 4_999],
  FROM_5K_TO_20K: [5_000, 19_999],
  FROM_20K_TO_50K: [20_000, 49_999],
  FROM_50K_TO_100K: [50_000, 99_999],
  OVER_100K: [100_000, 2_147_483_647],
} as const;
export type PopulationBand = keyof typeof POPULATION_BANDS;
export const PopulationBand = Object.fromEntries(
  Object.keys(POPULATION_BANDS).map(b => [b, b]),
) as { [B in PopulationBand]: B };
registerEnumType(PopulationBand, { name: 'PopulationBand', description: 'Residents of the JST.' });

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

  @Field(_type => CafVersionEnum, { nullable: true })
  @IsOptional()
  cafVersion?: CafVersionCode;

  @Field({
    defaultValue: false,
    description:
      'Offices like the viewing office: same JST type, nearest in population and staff. Other filters are ignored.',
  })
  likeMine: boolean;
}

export const FILTER_KEYS = [
  'programmeId',
  'voivodeshipCode',
  'jstType',
  'populationBand',
  'cafVersion',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type GroupFilters = Partial<Pick<PeerGroupInput, FilterKey>>;

export const activeFilters = (group: GroupFilters): FilterKey[] =>
  FILTER_KEYS.filter(key => group[key] !== undefined && group[key] !== null);
