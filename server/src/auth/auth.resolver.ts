import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { InvitationService } from '../user/invitation.service';
import { PUBLIC } from './auth-checker';
import { AcceptInvitationArgs, LoginArgs, Me } from './auth.types';
import { LoginService } from './login.service';
import type { Viewer } from './viewer';

const toMe = (viewer: Viewer): Me | null =>
  viewer.user ? { ...viewer.user, roles: [...viewer.grants] } : null;

@Resolver()
export class AuthResolver {
  private readonly login = new LoginService();
  private readonly invitations = new InvitationService();

  @Authorized(PUBLIC)
  @Query(_returns => Me, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: Context): Me | null {
    return toMe(ctx.viewer);
  }

  @Authorized(PUBLIC)
  @Mutation(_returns => Me, {
    description: 'Signs in and sets the session cookie; locks the account after repeated failures.',
  })
  async signIn(@Args() { email, password }: LoginArgs, @Ctx() ctx: Context): Promise<Me> {
    return toMe(await this.login.login(ctx, email, password))!;
  }

  // Public, so that an expired session can still clear its cookie.
  @Authorized(PUBLIC)
  @Mutation(_returns => Boolean, {
    description: 'Ends the current session on the server and clears the cookie.',
  })
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return this.login.logout(ctx);
  }

  @Authorized(PUBLIC)
  @Mutation(_returns => Me, {
    description: 'Sets the password of an invited user and signs them in.',
  })
  async acceptInvitation(
    @Args() { token, password }: AcceptInvitationArgs,
    @Ctx() ctx: Context,
  ): Promise<Me> {
    const email = await this.invitations.accept(ctx, token, password);
    return toMe(await this.login.login(ctx, email, password))!;
  }
}
