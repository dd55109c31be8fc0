import type { DataSource, EntityManager } from 'typeorm';

/** Failures before an address locks; each further failure doubles the lock, up to an hour. */
export const LOCKOUT_THRESHOLD = 5;
const MAX_LOCK_MINUTES = 60;

export const lockMinutesAfter = (failures: number): number =>
  failures < LOCKOUT_THRESHOLD
    ? 0
    : Math.min(2 ** (failures - LOCKOUT_THRESHOLD), MAX_LOCK_MINUTES);

export interface Attempt {
  allowed: boolean;
  /** Failures of this address including this attempt, when allowed. */
  attempts: number;
  retryAfterSeconds?: number;
}

// Rows are keyed by the hash of the normalised address ($1), whether an account has it or not:
// the same statements run for both, so neither their time nor their answers tell them apart.
const KEY = `sha256(convert_to($1, 'UTF8'))`;

/**
 * After a day without failures an address starts afresh, and its row may be pruned. A lock lasts
 * at most an hour, so such a row is never locked.
 */
const QUIET_HOURS = 24;
const QUIET = `t.last_failed_at < now() - make_interval(hours => $3)`;
/** Idle rows each attempt prunes: more than the one row an attempt can add, so the table stays small. */
const PRUNED_PER_ATTEMPT = 10;

/**
 * Takes an attempt atomically before any password is checked. Past the threshold each attempt
 * also locks the address at once (until its own outcome sets the real lock), so a burst of
 * parallel guesses gets at most one verification per lock. The same statement prunes a few rows
 * of other addresses idle for a day — whoever asks, so it is the same work for every address.
 */
export async function reserveAttempt(db: DataSource, email: string): Promise<Attempt> {
  const rows = await db.query(
    `WITH pruned AS (
       DELETE FROM sign_in_throttle WHERE email_hash IN (
         SELECT email_hash FROM sign_in_throttle t WHERE ${QUIET} AND email_hash <> ${KEY}
          ORDER BY last_failed_at LIMIT $4 FOR UPDATE SKIP LOCKED))
     INSERT INTO sign_in_throttle AS t (email_hash, failed_count, last_failed_at) VALUES (${KEY}, 1, now())
     ON CONFLICT (email_hash) DO UPDATE
        SET failed_count = CASE WHEN ${QUIET} THEN 1 ELSE t.failed_count + 1 END,
            locked_until = CASE WHEN NOT ${QUIET} AND t.failed_count + 1 > $2 THEN now() + interval '1 minute' ELSE t.locked_until END,
            last_failed_at = now()
      WHERE t.locked_until IS NULL OR t.locked_until <= now()
     RETURNING t.failed_count AS attempts`,
    [email, LOCKOUT_THRESHOLD, QUIET_HOURS, PRUNED_PER_ATTEMPT],
  );
  if (rows.length > 0) {
    return { allowed: true, attempts: rows[0].attempts };
  }
  const [locked] = await db.query(
    `SELECT greatest(1, ceil(extract(epoch FROM locked_until - now())))::int AS seconds
       FROM sign_in_throttle WHERE email_hash = ${KEY}`,
    [email],
  );
  return { allowed: false, attempts: 0, retryAfterSeconds: locked?.seconds ?? 60 };
}

/** Sets the lock a failed attempt earns; returns its minutes (0 below the threshold). */
export async function lockAfterFailure(
  manager: EntityManager,
  email: string,
  attempts: number,
): Promise<number> {
  const minutes = lockMinutesAfter(attempts);
  if (minutes > 0) {
    await manager.query(
      `UPDATE sign_in_throttle SET locked_until = now() + make_interval(mins => $2) WHERE email_hash = ${KEY}`,
      [email, minutes],
    );
  }
  return minutes;
}

/** Forgets an address's failures: a successful sign-in, or an admin (de)activating the account. */
export async function clearFailures(manager: EntityManager, email: string): Promise<void> {
  await manager.query(`DELETE FROM sign_in_throttle WHERE email_hash = ${KEY}`, [email]);
}
