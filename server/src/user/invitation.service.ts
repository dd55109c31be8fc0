import { InvitationEntity, UserEntity } from '@caf/db';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertAcceptablePassword, hashPassword } from '../auth/password';
import { hashToken, newToken } from '../auth/tokens';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';

export const INVITATION_TTL_DAYS = 7;

const usable = (invitation: InvitationEntity | null): invitation is InvitationEntity =>
  invitation !== null && invitation.acceptedAt === null && invitation.expiresAt >= new Date();

const invalidToken = () =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'This invitation link is invalid, used or expired.', {
    fieldErrors: [{ field: 'token', message: 'invalid, used or expired' }],
  });

export class InvitationService {
  private readonly audit = new AuditService();

  /** A single-use link for `userId`; only the token's hash is stored. */
  async issue(
    manager: EntityManager,
    ctx: Context,
    userId: string,
  ): Promise<{ invitationUrl: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000);
    await manager.insert(InvitationEntity, {
      userId,
      tokenHash: hash,
      expiresAt,
      invitedById: ctx.viewer.user?.id ?? null,
    });
    return { invitationUrl: `${ctx.request.origin}/?invitation=${token}`, expiresAt };
  }

  /** Sets the invited user's password and activates the account; returns the e-mail to sign in with. */
  async accept(ctx: Context, token: string, password: string): Promise<string> {
    assertAcceptablePassword(password);
    // The token is checked before argon2 runs: a stranger's guesses must not cost a hash each.
    if (
      !usable(
        await ctx.dataSource
          .getRepository(InvitationEntity)
          .findOneBy({ tokenHash: hashToken(token) }),
      )
    ) {
      throw invalidToken();
    }
    const passwordHash = await hashPassword(password);
    return ctx.dataSource.transaction(async manager => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!usable(invitation)) {
        throw invalidToken();
      }
      const user = await manager.findOneByOrFail(UserEntity, { id: invitation.userId });
      if (user.status !== 'INVITED') {
        throw new AppError(ErrorCode.CONFLICT, 'This account is already active or deactivated.');
      }
      await manager.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date() });
      await manager.update(
        UserEntity,
        { id: user.id },
        { passwordHash, status: 'ACTIVE', version: user.version + 1 },
      );
      await this.audit.record(manager, ctx, {
        action: 'user.activate',
        entityType: 'user',
        entityId: user.id,
        before: { status: user.status },
        after: { status: 'ACTIVE' },
      });
      return user.email;
    });
  }
}
