import { ImprovementActionStatus } from '@caf/schema';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';
import { BaseEntity } from './base.entity';
import { OfficeEntity } from './office.entity';

/** An action of an office's improvement plan (CAF step 7–9), tied to the sub-criterion it improves. */
@Entity('improvement_action')
@Index('IDX_IMPROVEMENT_ACTION_OFFICE_STATUS', ['officeId', 'status'])
@Check('CHK_IMPROVEMENT_ACTION_SUB_CRITERION', "sub_criterion_code ~ '^[1-9]\\.[1-6]$'")
@Check('CHK_IMPROVEMENT_ACTION_DUE', 'due_on IS NULL OR due_on >= starts_on')
@Check('CHK_IMPROVEMENT_ACTION_DONE', "(status = 'DONE') = (completed_on IS NOT NULL)")
export class ImprovementActionEntity extends BaseEntity {
  @Column('uuid')
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office: OfficeEntity;

  /** The self-assessment whose report proposed the action, when there was one. */
  @Column('uuid', { nullable: true })
  assessmentId: string | null;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'assessment_id' })
  assessment: AssessmentEntity | null;

  @Column('varchar', { length: 4 })
  subCriterionCode: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column({
    type: 'enum',
    enum: Object.values(ImprovementActionStatus),
    enumName: 'improvement_action_status',
    default: ImprovementActionStatus.PLANNED,
  })
  status: ImprovementActionStatus;

  @Column('date')
  startsOn: string;

  @Column('date', { nullable: true })
  dueOn: string | null;

  @Column('date', { nullable: true })
  completedOn: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
