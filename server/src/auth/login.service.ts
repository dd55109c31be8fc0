import { UserEntity } from '@caf/db';
import { RateLimiterMemory } from 'rate-limiter-flexible';
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
const LOCKED = 'Too many failed sign-ins: try again later.';

interface Attempt {
  allowed: boolean;
  attempts: number;
  retryAfterSeconds?: number;
}

// Addresses without an account are throttled like accounts are, so that a lockout does not
// reveal which addresses exist. Per process; a shared store comes with the Redis deployment.
const unknownAddresses = new RateLimiterMemory({
  points: LOCKOUT_THRESHOLD,
  duration: 15 * 60,
  blockDuration: 60,
});

async function reserveUnknownAttempt(email: string): Promise<Attempt> {
  try {
    const { consumedPoints } = await unknownAddresses.consume(email);
    return { allowed: true, attempts: consumedPoints };
  } catch (rejection) {
    const msBeforeNext = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
    return {
      allowed: false,
      attempts: LOCKOUT_THRESHOLD,
      retryAfterSeconds: Math.ceil(msBeforeNext / 1000),
    };
  }
}

export class LoginService {
  private readonly audit = new AuditService();

  private sessions(ctx: Context): SessionService {
    return new SessionService(ctx.security.sessionTtlHours);
  }

  async login(ctx: Context, email: string, password: string): Promise<Viewer> {
    const normalised = email.trim().toLowerCase();
    const user = await ctx.dataSource.getRepository(UserEntity).findOneBy({ email: normalised });
    const attempt = user
      ? await this.reserveAttempt(ctx, user.id)
      : await reserveUnknownAttempt(normalised);
    // Always one argon2 verification, locked or not, known or not: the response time says nothing.
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
      if (user) {
        await this.recordFailure(ctx, user.id, attempt.attempts);
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

  /**
   * Takes an attempt atomically before any password is checked. Past the threshold each attempt
   * also locks the account at once (until its own outcome sets the real lock), so a burst of
   * parallel guesses gets at most one verification per lock.
   */
  private async reserveAttempt(ctx: Context, userId: string): Promise<Attempt> {
    const [rows] = await ctx.dataSource.query(
      `UPDATE app_user
          SET failed_login_count = failed_login_count + 1,
              locked_until = CASE WHEN failed_login_count + 1 > $2 THEN now() + interval '1 minute' ELSE locked_until END
        WHERE id = $1 AND (locked_until IS NULL OR locked_until <= now())
        RETURNING failed_login_count AS attempts`,
      [userId, LOCKOUT_THRESHOLD],
    );
    if (rows.length > 0) {
      return { allowed: true, attempts: rows[0].attempts };
    }
    const [locked] = await ctx.dataSource.query(
      `SELECT greatest(1, ceil(extract(epoch FROM locked_until - now())))::int AS seconds FROM app_user WHERE id = $1`,
      [userId],
    );
    return { allowed: false, attempts: 0, retryAfterSeconds: locked?.seconds ?? 60 };
  }

  private async recordFailure(ctx: Context, userId: string, attempts: number): Promise<void> {
    await ctx.dataSource.transaction(async manager => {
      const minutes = attempts >= LOCKOUT_THRESHOLD ? lockMinutesAfter(attempts) : 0;
      if (minutes > 0) {
        await manager.query(
          `UPDATE app_user SET locked_until = now() + make_interval(mins => $2) WHERE id = $1`,
          [userId, minutes],
        );
      }
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
