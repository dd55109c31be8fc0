import { IsoEventType } from '@caf/schema';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { IsoCertificationEntity } from './iso-certification.entity';

@Entity('iso_event')
@Index('IDX_ISO_EVENT_CERTIFICATION_DATE', ['certificationId', 'occurredOn'])
@Check(
  'CHK_ISO_EVENT_VALID_UNTIL',
  "(type IN ('CERTIFIED', 'RECERTIFIED')) = (valid_until IS NOT NULL) AND (valid_until IS NULL OR valid_until > occurred_on)",
)
export class IsoEventEntity extends BaseEntity {
  @Column('uuid')
  certificationId: string;

  @ManyToOne(() => IsoCertificationEntity, c => c.events, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certification_id' })
  certification: IsoCertificationEntity;

  @Column({ type: 'enum', enum: Object.values(IsoEventType), enumName: 'iso_event_type' })
  type: IsoEventType;

  @Column('date')
  occurredOn: string;

  /** Expiry of the certificate issued by a CERTIFIED or RECERTIFIED decision (3-year cycle). */
  @Column('date', { nullable: true })
  validUntil: string | null;

  @Column('text', { nullable: true })
  note: string | null;
}
