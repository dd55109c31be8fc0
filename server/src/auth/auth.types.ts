import { UserRole, UserStatus } from '@caf/schema';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(UserRole, {
  name: 'UserRole',
  description:
    'ADMIN and MINISTRY_ANALYST are global; PROGRAMME_LEADER is per programme; OFFICE_* per office.',
});
registerEnumType(UserStatus, { name: 'UserStatus' });

@ObjectType({ description: 'One role of a user, with the programme or office it applies to.' })
export class RoleGrant {
  @Field(_type => ID)
  id: string;

  @Field(_type => UserRole)
  role: UserRole;

  @Field(_type => ID, { nullable: true })
  programmeId: string | null;

  @Field(_type => ID, { nullable: true })
  officeId: string | null;
}

@ObjectType({ description: 'The signed-in user.' })
export class Me {
  @Field(_type => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(_type => [RoleGrant])
  roles: RoleGrant[];
}

@ArgsType()
export class LoginArgs {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token: string;

  @Field()
  @IsString()
  @MaxLength(256)
  password: string;
}
