import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins and the lock they earn, per address tried — whether or not an account has it,
 * so that both cases do the same work and answer alike (no account enumeration). Keyed by the
 * SHA-256 of the normalised address: addresses people mistyped are not kept in clear.
 * A successful sign-in deletes the row, and so does an admin activating or deactivating the
 * account. Failures decay after a quiet day, and rows idle that long are pruned (sign-in-throttle.ts).
 */
@Entity('sign_in_throttle')
@Index('IDX_SIGN_IN_THROTTLE_LAST_FAILED_AT', ['lastFailedAt'])
@Check('CHK_SIGN_IN_THROTTLE_FAILURES', 'failed_count >= 0')
export class SignInThrottleEntity {
  @PrimaryColumn('bytea')
  emailHash: Buffer;

  /** Consecutive failures; drives the lockout backoff. */
  @Column('integer', { default: 0 })
  failedCount: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  /** The last attempt counted as a failure (taken before the password is checked). */
  @Column('timestamptz', { default: () => 'now()' })
  lastFailedAt: Date;
}
