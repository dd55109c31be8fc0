import { UserStatus } from '@caf/schema';
import { Check, Column, Entity, Index, OneToMany, VirtualColumn } from 'typeorm';
import { BaseEntity } from './base.entity';
import type { RoleAssignmentEntity } from './role-assignment.entity';

@Entity('app_user')
@Index('IDX_APP_USER_EMAIL', ['email'], { unique: true })
@Check('CHK_APP_USER_EMAIL', "email = lower(email) AND email ~ '^[^@\\s]+@[^@\\s]+$'")
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

  /** The lock of the account's address after failed sign-ins (kept in sign_in_throttle). */
  @VirtualColumn({
    type: 'timestamptz',
    query: alias =>
      `SELECT t.locked_until FROM sign_in_throttle t WHERE t.email_hash = sha256(convert_to(${alias}.email, 'UTF8'))`,
  })
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
