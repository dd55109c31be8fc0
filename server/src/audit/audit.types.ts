import { IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageArgs, PaginatedResponse } from '../shared/paginated.type';

@ObjectType({
  description: 'One append-only audit record: who changed or exported what, and when.',
})
export class AuditLogRecord {
  @Field(_type => ID)
  id: string;

  @Field(_type => GraphQLDateTimeISO)
  occurredAt: Date;

  @Field(_type => ID, { nullable: true })
  actorUserId: string | null;

  @Field(_type => String, { nullable: true })
  actorEmail: string | null;

  @Field()
  action: string;

  @Field()
  entityType: string;

  @Field(_type => String, { nullable: true })
  entityId: string | null;

  @Field(_type => GraphQLJSONObject, { nullable: true })
  before: Record<string, unknown> | null;

  @Field(_type => GraphQLJSONObject, { nullable: true })
  after: Record<string, unknown> | null;

  @Field(_type => String, { nullable: true })
  ipAddress: string | null;
}

@ObjectType()
export class AuditLogPage extends PaginatedResponse(AuditLogRecord) {}

@InputType()
export class AuditLogFilter {
  @Field(_type => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @Field({ nullable: true, description: 'e.g. role.assign' })
  @IsOptional()
  @Matches(/^[a-z_]+\.[a-z_]+$/, { message: 'must look like entity.verb, e.g. role.assign' })
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(64)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  entityId?: string;

  @Field(_type => GraphQLDateTimeISO, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(_type => GraphQLDateTimeISO, { nullable: true })
  @IsOptional()
  to?: Date;
}

@ArgsType()
export class AuditLogListOptions extends PageArgs {
  @Field(_type => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditLogFilter;
}
