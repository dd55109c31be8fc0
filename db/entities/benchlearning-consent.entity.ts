import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { OfficeEntity } from './office.entity';

/**
 * An office's consent to show its own CAF scores, by name, to one partner office for
 * benchlearning. Scores are revealed only while both offices consent to each other (mutual);
 * revoking ends it at once. Rows are kept after revocation as the record of who agreed when.
 */
@Entity('benchlearning_consent')
@Index('IDX_BENCHLEARNING_CONSENT_ACTIVE', ['officeId', 'partnerOfficeId'], {
  unique: true,
  where: 'revoked_at IS NULL',
})
@Index('IDX_BENCHLEARNING_CONSENT_PARTNER', ['partnerOfficeId'])
@Check('CHK_BENCHLEARNING_CONSENT_PARTNER', 'office_id <> partner_office_id')
export class BenchlearningConsentEntity extends BaseEntity {
  @Column('uuid')
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'office_id' })
  office: OfficeEntity;

  @Column('uuid')
  partnerOfficeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_office_id' })
  partnerOffice: OfficeEntity;

  @Column('uuid', { nullable: true })
  grantedById: string | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
