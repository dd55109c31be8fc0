import { UserStatus } from '@caf/schema';
import { Check, Column, Entity, Index, OneToMany } from 'typeorm';
import { BaseEntity } from './base.entity';
import type { RoleAssignmentEntity } from './role-assignment.entity';

@Entity('app_user')
@Index('IDX_APP_USER_EMAIL', ['email'], { unique: true })
@Check('CHK_APP_USER_EMAIL', "email = lower(email) AND email ~ '^[^@\\s]+@[^@\\s]+$'")
@Check('CHK_APP_USER_FAILED_LOGINS', 'failed_login_count >= 0')
// Only an active account needs a password: invited ones set it, a revoked invitation never did.
@Check('CHK_APP_USER_PASSWORD', "status <> 'ACTIVE' OR password_hash IS NOT NULL")
export class UserEntity extends BaseEntity {
  /** Stored lower-case: addresses are compared case-insensitively. */
  @Column('text')
  email: string;

  @Column('text')
  displayName: string;

  /** argon2id; null until an invitation is accepted. */
  @Column('text', { nullable: true })
  passwordHash: string | null;

  @Column({
    type: 'enum',
    enum: Object.values(UserStatus),
    enumName: 'user_status',
    default: UserStatus.INVITED,
  })
  status: UserStatus;

  /** Consecutive failed logins; drives the lockout backoff, reset by a successful login. */
  @Column('integer', { default: 0 })
  failedLoginCount: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  @Column('timestamptz', { nullable: true })
  lastLoginAt: Date | null;

  /**
   * Optimistic lock for admin edits, bumped explicitly by the changes admins make — not a
   * @VersionColumn, which would also move on every sign-in's bookkeeping and void their edits.
   */
  @Column('integer', { default: 1 })
  version: number;

  @OneToMany('RoleAssignmentEntity', (r: RoleAssignmentEntity) => r.user)
  roles: RoleAssignmentEntity[];
}
