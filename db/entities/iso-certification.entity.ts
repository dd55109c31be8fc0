import { IsoEdition } from '@caf/schema';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { BaseEntity } from './base.entity';
import type { IsoEventEntity } from './iso-event.entity';
import { OfficeEntity } from './office.entity';

/**
 * One ISO 9001 quality-management system certification of an office, from implementation to its
 * end; its status is derived from the dated events (docs/domain.md §2.2–2.4), never stored.
 */
@Entity('iso_certification')
@Index('IDX_ISO_CERTIFICATION_OFFICE', ['officeId'])
@Index('IDX_ISO_CERTIFICATION_NUMBER', ['certificationBody', 'certificateNumber'], {
  unique: true,
  where: 'certificate_number IS NOT NULL',
})
export class IsoCertificationEntity extends BaseEntity {
  @Column('uuid')
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office: OfficeEntity;

  @Column({ type: 'enum', enum: Object.values(IsoEdition), enumName: 'iso_edition' })
  edition: IsoEdition;

  @Column('text', { nullable: true })
  certificationBody: string | null;

  /** e.g. PCA (Polskie Centrum Akredytacji) */
  @Column('text', { nullable: true })
  accreditationBody: string | null;

  @Column('text', { nullable: true })
  certificateNumber: string | null;

  @Column('text', { nullable: true })
  scope: string | null;

  @OneToMany('IsoEventEntity', (e: IsoEventEntity) => e.certification)
  events: IsoEventEntity[];
}
