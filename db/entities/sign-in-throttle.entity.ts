import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins and the lock they earn, per address tried — whether or not an account has it,
 * so that both cases do the same work and answer alike (no account enumeration). Keyed by the
 * SHA-256 of the normalised address: addresses people mistyped are not kept in clear.
 * A successful sign-in or an admin's reactivation deletes the row.
 */
@Entity('sign_in_throttle')
@Check('CHK_SIGN_IN_THROTTLE_FAILURES', 'failed_count >= 0')
export class SignInThrottleEntity {
  @PrimaryColumn('bytea')
  emailHash: Buffer;

  /** Consecutive failures; drives the lockout backoff. */
  @Column('integer', { default: 0 })
  failedCount: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;
}
