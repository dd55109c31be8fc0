import { SessionEntity } from '@caf/db';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { type Grant, Viewer } from './viewer';
import { hashToken, newToken } from './tokens';

interface SessionRow {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  grants: Grant[];
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  /** scheme://host the browser used, for links the server hands out (invitations). */
  origin: string;
}

export class SessionService {
  constructor(private readonly ttlHours: number) {}

  async create(
    manager: EntityManager,
    userId: string,
    meta: RequestMeta,
  ): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + this.ttlHours * 3600 * 1000);
    await manager.insert(SessionEntity, {
      userId,
      tokenHash: hash,
      expiresAt,
      ipAddress: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  /** The viewer behind a session cookie, in one statement; anonymous when the session is not live. */
  async resolve(ds: DataSource, token: string | undefined): Promise<Viewer> {
    if (!token) {
      return Viewer.anonymous();
    }
    const [row] = await ds.query<SessionRow[]>(
      `SELECT s.id AS "sessionId", u.id AS "userId", u.email, u.display_name AS "displayName",
              coalesce(json_agg(json_build_object('id', r.id, 'role', r.role, 'programmeId', r.programme_id, 'officeId', r.office_id))
                       FILTER (WHERE r.id IS NOT NULL), '[]') AS grants
         FROM user_session s
         JOIN app_user u ON u.id = s.user_id AND u.status = 'ACTIVE'
         LEFT JOIN role_assignment r ON r.user_id = u.id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        GROUP BY s.id, u.id`,
      [hashToken(token)],
    );
    return row
      ? new Viewer(
          { id: row.userId, email: row.email, displayName: row.displayName },
          row.grants,
          row.sessionId,
        )
      : Viewer.anonymous();
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.update(
      SessionEntity,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  /** Ends every live session of a user (deactivation, password change). Returns how many. */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND expires_at > now()', { userId })
      .execute();
    return result.affected ?? 0;
  }
}
