import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { OfficeEntity } from './office.entity';

/**
 * "Skuteczny Użytkownik CAF" (Effective CAF User) label from a CAF External Feedback
 * (docs/domain.md §1.8).
 */
@Entity('caf_label')
@Index('IDX_CAF_LABEL_OFFICE_AWARDED', ['officeId', 'awardedOn'], { unique: true })
@Check('CHK_CAF_LABEL_VALIDITY', 'valid_until > awarded_on')
export class CafLabelEntity extends BaseEntity {
  @Column('uuid')
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office: OfficeEntity;

  @Column('date')
  awardedOn: string;

  @Column('date')
  validUntil: string;

  /** The national organiser that awarded the label, e.g. MSWiA. */
  @Column('text')
  awardedBy: string;
}
