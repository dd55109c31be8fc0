import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { UserEntity } from './user.entity';

/** A one-time link an admin hands to a new user (no mail server needed); stored as a hash. */
@Entity('invitation')
@Index('IDX_INVITATION_TOKEN', ['tokenHash'], { unique: true })
@Index('IDX_INVITATION_USER', ['userId'])
export class InvitationEntity extends BaseEntity {
  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: UserEntity;

  @Column('char', { length: 64 })
  tokenHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  @Column('uuid', { nullable: true })
  invitedById: string | null;
}
