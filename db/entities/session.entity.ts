import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { UserEntity } from './user.entity';

/** A login session; the cookie holds a random token, the database only its SHA-256. */
@Entity('user_session')
@Index('IDX_USER_SESSION_TOKEN', ['tokenHash'], { unique: true })
@Index('IDX_USER_SESSION_USER', ['userId'])
export class SessionEntity extends BaseEntity {
  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: UserEntity;

  @Column('char', { length: 64 })
  tokenHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  /** Logout, deactivation or an admin's revocation ends a session before it expires. */
  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('text', { nullable: true })
  ipAddress: string | null;

  @Column('text', { nullable: true })
  userAgent: string | null;
}
