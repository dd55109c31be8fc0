import { Column, Entity, Index } from 'typeorm';
import { UserTokenEntity } from './user-token.entity';

/** A one-time link an admin hands to a new user (no mail server needed). */
@Entity('invitation')
@Index('IDX_INVITATION_TOKEN', ['tokenHash'], { unique: true })
@Index('IDX_INVITATION_USER', ['userId'])
export class InvitationEntity extends UserTokenEntity {
  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  @Column('uuid', { nullable: true })
  invitedById: string | null;
}
