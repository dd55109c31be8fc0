import { UserEntity } from '@caf/db';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { verifyPassword } from './password';
import { SessionService } from './session.service';
import { setSessionCookie, clearSessionCookie } from './session-cookie';
import { clearFailures, lockAfterFailure, reserveAttempt } from './sign-in-throttle';
import { Viewer } from './viewer';

const INVALID_CREDENTIALS = 'Invalid e-mail or password.';
const LOCKED = 'Too many failed sign-ins: try again later.';

export class LoginService {
  private readonly audit = new AuditService();

  private sessions(ctx: Context): SessionService {
    return new SessionService(ctx.security.sessionTtlHours);
  }

  /**
   * A wrong password for an account and any password for an address without one take the same
   * path: one lookup, one attempt reserved per address, one argon2 verification (against a
   * throwaway hash when there is no usable one) and one audited failure — same statements, same
   * answers, same locks.
   */
  async login(ctx: Context, email: string, password: string): Promise<Viewer> {
    const normalised = email.trim().toLowerCase();
    const user = await ctx.dataSource.getRepository(UserEntity).findOne({
      select: { id: true, email: true, displayName: true, passwordHash: true, status: true },
      where: { email: normalised },
    });
    const attempt = await reserveAttempt(ctx.dataSource, normalised);
    const passwordMatches = await verifyPassword(
      attempt.allowed ? (user?.passwordHash ?? null) : null,
      password,
    );
    if (!attempt.allowed) {
      throw new AppError(ErrorCode.RATE_LIMITED, LOCKED, {
        retryAfterSeconds: attempt.retryAfterSeconds,
      });
    }
    if (!passwordMatches || !user || user.status !== 'ACTIVE') {
      await this.recordFailure(ctx, normalised, user?.id ?? null, attempt.attempts);
      throw new AppError(ErrorCode.UNAUTHENTICATED, INVALID_CREDENTIALS);
    }
    const { token } = await ctx.dataSource.transaction(async manager => {
      await clearFailures(manager, normalised);
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: new Date() });
      const session = await this.sessions(ctx).create(manager, user.id, ctx.request);
      const signedIn = {
        ...ctx,
        viewer: new Viewer({ id: user.id, email: user.email, displayName: user.displayName }),
      };
      await this.audit.record(manager, signedIn, {
        action: 'session.create',
        entityType: 'user',
        entityId: user.id,
      });
      return session;
    });
    setSessionCookie(ctx.response, token, {
      secure: ctx.security.cookieSecure,
      ttlHours: ctx.security.sessionTtlHours,
    });
    return this.sessions(ctx).resolve(ctx.dataSource, token);
  }

  /** An address without an account is audited too (with no entity id): the same write. */
  private async recordFailure(
    ctx: Context,
    email: string,
    userId: string | null,
    attempts: number,
  ): Promise<void> {
    await ctx.dataSource.transaction(async manager => {
      const minutes = await lockAfterFailure(manager, email, attempts);
      await this.audit.record(manager, ctx, {
        action: minutes > 0 ? 'user.lock' : 'session.reject',
        entityType: 'user',
        entityId: userId,
        after: { failedLoginCount: attempts, lockMinutes: minutes },
      });
    });
  }

  async logout(ctx: Context): Promise<boolean> {
    const { sessionId } = ctx.viewer;
    if (sessionId) {
      await ctx.dataSource.transaction(async manager => {
        await this.sessions(ctx).revoke(manager, sessionId);
        await this.audit.record(manager, ctx, {
          action: 'session.revoke',
          entityType: 'session',
          entityId: sessionId,
        });
      });
    }
    clearSessionCookie(ctx.response, {
      secure: ctx.security.cookieSecure,
      ttlHours: ctx.security.sessionTtlHours,
    });
    return sessionId !== null;
  }
}
