import { UserRole, UserStatus } from '@caf/schema';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsDisplayName } from '../shared/display-name.validator';
import { PageArgs, PaginatedResponse } from '../shared/paginated.type';

@ObjectType({ description: 'A user account as admins see it.' })
export class User {
  @Field(_type => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(_type => UserStatus)
  status: UserStatus;

  @Field(_type => GraphQLDateTimeISO, { nullable: true })
  lastLoginAt: Date | null;

  @Field(_type => GraphQLDateTimeISO, {
    nullable: true,
    description: 'Set while locked after failed sign-ins.',
  })
  lockedUntil: Date | null;

  @Field(_type => Int, { description: 'Optimistic lock: pass it back to change the account.' })
  version: number;
}

@ObjectType()
export class UserPage extends PaginatedResponse(User) {}

@ObjectType()
export class Invitation {
  @Field(_type => User)
  user: User;

  @Field({ description: 'Hand this link to the invited person; it is shown once and works once.' })
  invitationUrl: string;

  @Field(_type => GraphQLDateTimeISO)
  expiresAt: Date;
}

@InputType()
export class RoleGrantInput {
  @Field(_type => UserRole)
  @IsIn(Object.values(UserRole))
  role: UserRole;

  @Field(_type => ID, { nullable: true, description: 'Required for PROGRAMME_LEADER.' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @Field(_type => ID, {
    nullable: true,
    description: 'Required for OFFICE_EDITOR and OFFICE_VIEWER.',
  })
  @IsOptional()
  @IsUUID()
  officeId?: string;
}

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsDisplayName()
  displayName: string;

  @Field(_type => [RoleGrantInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  roles: RoleGrantInput[];
}

@InputType()
export class AssignRoleInput extends RoleGrantInput {
  @Field(_type => ID)
  @IsUUID()
  userId: string;
}

@ArgsType()
export class UserIdArgs {
  @Field(_type => ID)
  @IsUUID()
  userId: string;
}

@ArgsType()
export class UserVersionArgs {
  @Field(_type => ID)
  @IsUUID()
  userId: string;

  @Field(_type => Int, {
    description: 'The version you saw; CONFLICT when someone changed the account since.',
  })
  version: number;
}

@InputType()
export class UserFilter {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(_type => UserStatus, { nullable: true })
  @IsOptional()
  status?: UserStatus;
}

@ArgsType()
export class UserListOptions extends PageArgs {
  @Field(_type => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UserFilter;
}
