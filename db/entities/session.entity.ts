import { Column, Entity, Index } from 'typeorm';
import { UserTokenEntity } from './user-token.entity';

/** A login session, its token in an httpOnly cookie. */
@Entity('user_session')
@Index('IDX_USER_SESSION_TOKEN', ['tokenHash'], { unique: true })
@Index('IDX_USER_SESSION_USER', ['userId'])
export class SessionEntity extends UserTokenEntity {
  /** Logout, deactivation or an admin's revocation ends a session before it expires. */
  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('text', { nullable: true })
  ipAddress: string | null;

  @Column('text', { nullable: true })
  userAgent: string | null;
}
