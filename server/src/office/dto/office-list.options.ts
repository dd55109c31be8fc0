import { IsIn, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { JstType, VOIVODESHIP_CODES } from '@caf/schema';
import { PageArgs } from '../../shared/paginated.type';

@InputType()
export class OfficeFilter {
  @Field({ nullable: true, description: 'TERYT voivodeship code, e.g. 12.' })
  @IsOptional()
  @IsIn(VOIVODESHIP_CODES, { message: 'must be a TERYT voivodeship code (02, 04, …, 32)' })
  voivodeshipCode?: string;

  @Field(_type => JstType, { nullable: true })
  @IsOptional()
  jstType?: JstType;

  @Field(_type => ID, {
    nullable: true,
    description: 'Only offices taking part in this programme.',
  })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @Field({ nullable: true, description: 'Part of the office name, case-insensitive.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class OfficeListOptions extends PageArgs {
  @Field(_type => OfficeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OfficeFilter;
}
