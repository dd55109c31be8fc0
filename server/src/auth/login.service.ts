import { UserEntity } from '@caf/db';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { verifyPassword } from './password';
import { SessionService } from './session.service';
import { setSessionCookie, clearSessionCookie } from './session-cookie';
import { Viewer } from './viewer';

/** Failures before the account locks; each further failure doubles the lock, up to an hour. */
export const LOCKOUT_THRESHOLD = 5;
const MAX_LOCK_MINUTES = 60;

export const lockMinutesAfter = (failures: number): number =>
  failures < LOCKOUT_THRESHOLD
    ? 0
    : Math.min(2 ** (failures - LOCKOUT_THRESHOLD), MAX_LOCK_MINUTES);

const INVALID_CREDENTIALS = 'Invalid e-mail or password.';

export class LoginService {
  private readonly audit = new AuditService();

  private sessions(ctx: Context): SessionService {
    return new SessionService(ctx.security.sessionTtlHours);
  }

  async login(ctx: Context, email: string, password: string): Promise<Viewer> {
    const users = ctx.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    if (user?.lockedUntil && user.lockedUntil > new Date()) {
      const retryAfterSeconds = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 1000);
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        'Too many failed sign-ins: the account is locked for a while.',
        { retryAfterSeconds },
      );
    }
    const valid =
      (await verifyPassword(user?.passwordHash ?? null, password)) && user?.status === 'ACTIVE';
    if (!valid || !user) {
      if (user) {
        await this.recordFailure(ctx, user);
      }
      throw new AppError(ErrorCode.UNAUTHENTICATED, INVALID_CREDENTIALS);
    }
    const { token } = await ctx.dataSource.transaction(async manager => {
      await manager.update(
        UserEntity,
        { id: user.id },
        { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() },
      );
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

  private async recordFailure(ctx: Context, user: UserEntity): Promise<void> {
    await ctx.dataSource.transaction(async manager => {
      // Incremented in SQL: parallel guesses must not overwrite each other's count.
      const [[row]] = await manager.query(
        `UPDATE app_user SET failed_login_count = failed_login_count + 1 WHERE id = $1 RETURNING failed_login_count AS failures`,
        [user.id],
      );
      const minutes = lockMinutesAfter(row.failures);
      if (minutes > 0) {
        await manager.query(
          `UPDATE app_user SET locked_until = now() + make_interval(mins => $2) WHERE id = $1`,
          [user.id, minutes],
        );
      }
      await this.audit.record(manager, ctx, {
        action: minutes > 0 ? 'user.lock' : 'session.reject',
        entityType: 'user',
        entityId: user.id,
        after: { failedLoginCount: row.failures, lockMinutes: minutes },
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
