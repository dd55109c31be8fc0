import { JstType, VOIVODESHIP_CODES, type CafVersionCode } from '@caf/schema';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { CafVersionEnum } from '../catalogue/catalogue.types';
import { type GroupFilters, PopulationBand, StaffBand } from '../disclosure';

registerEnumType(PopulationBand, { name: 'PopulationBand', description: 'Residents of the JST.' });
registerEnumType(StaffBand, { name: 'StaffBand', description: 'Office staff headcount.' });

/** The filters that define a peer group; any combination, all optional. */
@InputType()
export class PeerGroupInput implements GroupFilters {
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
