import { ParticipationRole } from '@caf/schema';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from './base.entity';
import { OfficeEntity } from './office.entity';
import { ProgrammeEntity } from './programme.entity';

@Entity('programme_participation')
@Index('IDX_PARTICIPATION_PROGRAMME_OFFICE', ['programmeId', 'officeId'], { unique: true })
@Index('IDX_PARTICIPATION_OFFICE', ['officeId'])
@Check('CHK_PARTICIPATION_PERIOD', 'left_on IS NULL OR left_on >= joined_on')
export class ParticipationEntity extends BaseEntity {
  @Column('uuid')
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, p => p.participations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme: ProgrammeEntity;

  @Column('uuid')
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office: OfficeEntity;

  @Column({ type: 'enum', enum: Object.values(ParticipationRole), enumName: 'participation_role' })
  role: ParticipationRole;

  @Column('date')
  joinedOn: string;

  @Column('date', { nullable: true })
  leftOn: string | null;
}
