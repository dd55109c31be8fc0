import { AssessmentStatus, CAF_VERSION_CODES, DataOrigin, ScoringScheme } from '@caf/schema';
import type { CafVersionCode } from '@caf/schema';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  VersionColumn,
} from 'typeorm';
import { BaseEntity } from './base.entity';
import { OfficeEntity } from './office.entity';
import type { ScoreEntity } from './score.entity';

/** One CAF self-assessment of one office in one cycle (docs/domain.md §1.4, §1.7). */
@Entity('caf_assessment')
@Index('IDX_ASSESSMENT_OFFICE_VERSION_CYCLE', ['officeId', 'cafVersion', 'cycleYear'], {
  unique: true,
})
@Index('IDX_ASSESSMENT_CYCLE_STATUS', ['cycleYear', 'status'])
@Check('CHK_ASSESSMENT_CYCLE_YEAR', 'cycle_year BETWEEN 2000 AND 2100')
@Check('CHK_ASSESSMENT_SUBMITTED_AT', "(status = 'SUBMITTED') = (submitted_at IS NOT NULL)")
export class AssessmentEntity extends BaseEntity {
  @Column('uuid')
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office: OfficeEntity;

  @Column({ type: 'enum', enum: [...CAF_VERSION_CODES].sort(), enumName: 'caf_version' })
  cafVersion: CafVersionCode;

  @Column({ type: 'enum', enum: Object.values(ScoringScheme), enumName: 'scoring_scheme' })
  scoringScheme: ScoringScheme;

  /** The year the self-assessment report was adopted; a cycle is usually two years long. */
  @Column('smallint')
  cycleYear: number;

  @Column({
    type: 'enum',
    enum: Object.values(AssessmentStatus),
    enumName: 'assessment_status',
    default: AssessmentStatus.DRAFT,
  })
  status: AssessmentStatus;

  @Column('timestamptz', { nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'enum', enum: Object.values(DataOrigin), enumName: 'data_origin' })
  dataOrigin: DataOrigin;

  /** Optimistic lock: two editors of one office must not overwrite each other's scores. */
  @VersionColumn({ default: 1 })
  version: number;

  @OneToMany('ScoreEntity', (s: ScoreEntity) => s.assessment)
  scores: ScoreEntity[];
}
