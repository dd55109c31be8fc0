import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { RoleGrant } from '../auth/auth.types';
import type { Context } from '../graphql/context';
import { Office } from '../office/office.types';
import { Programme } from '../programme/programme.types';
import { IdArgs } from '../shared/id.args';
import {
  AssignRoleInput,
  Invitation,
  InviteUserInput,
  User,
  UserListOptions,
  UserPage,
  UserIdArgs,
  UserVersionArgs,
} from './user.types';
import { UserService } from './user.service';

@Authorized('ADMIN')
@Resolver(_of => User)
export class UserAdminResolver {
  private readonly service = new UserService();

  @Query(_returns => UserPage, { description: 'User accounts (admins only).' })
  users(@Args() options: UserListOptions, @Ctx() ctx: Context): Promise<UserPage> {
    return this.service.list(ctx, options);
  }

  @Mutation(_returns => Invitation, {
    description: 'Creates an invited account and returns its one-time link.',
  })
  inviteUser(@Arg('input') input: InviteUserInput, @Ctx() ctx: Context): Promise<Invitation> {
    return this.service.invite(ctx, input);
  }

  @Mutation(_returns => User)
  assignRole(@Arg('input') input: AssignRoleInput, @Ctx() ctx: Context): Promise<User> {
    return this.service.assignRole(ctx, input);
  }

  @Mutation(_returns => User)
  revokeRole(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<User> {
    return this.service.revokeRole(ctx, id);
  }

  @Mutation(_returns => User, {
    description: 'Blocks sign-in and ends all sessions of the account.',
  })
  deactivateUser(@Args() { userId, version }: UserVersionArgs, @Ctx() ctx: Context): Promise<User> {
    return this.service.setActive(ctx, userId, version, false);
  }

  @Mutation(_returns => User)
  reactivateUser(@Args() { userId, version }: UserVersionArgs, @Ctx() ctx: Context): Promise<User> {
    return this.service.setActive(ctx, userId, version, true);
  }

  @Mutation(_returns => Int, {
    description: 'Ends every live session of the account; returns how many.',
  })
  revokeSessions(@Args() { userId }: UserIdArgs, @Ctx() ctx: Context): Promise<number> {
    return this.service.revokeSessions(ctx, userId);
  }

  @FieldResolver(_type => [RoleGrant])
  roles(@Root() user: User, @Ctx() ctx: Context): Promise<RoleGrant[]> {
    return ctx.loaders.grantsByUserId.load(user.id);
  }
}

@Resolver(_of => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(_type => Programme, { nullable: true })
  programme(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<Programme | null> | null {
    return grant.programmeId ? ctx.loaders.programmeById.load(grant.programmeId) : null;
  }

  @FieldResolver(_type => Office, { nullable: true })
  office(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<Office | null> | null {
    return grant.officeId ? ctx.loaders.officeById.load(grant.officeId) : null;
  }
}
