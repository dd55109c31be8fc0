import { ScoreScale } from '@caf/schema';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AssessmentEntity } from './assessment.entity';

// node-pg returns numeric as a string to protect precision; two decimals fit a double exactly enough.
const NUMERIC_AS_NUMBER = { to: (v: number) => v, from: (v: string) => Number(v) };

const between = (column: string, max: number) => `${column} BETWEEN 0 AND ${max}`;
const nulls = (...columns: string[]) => columns.map(c => `${c} IS NULL`).join(' AND ');
const PDCA = ['pdca_plan', 'pdca_do', 'pdca_check', 'pdca_act'];
const TREND_TARGET = ['trend_score', 'target_score'];

// Exactly the raw columns of the row's scale are filled, each within its range.
const RAW_MATCHES_SCALE = `(
  (scale = 'CLASSICAL_0_5' AND ${between('raw_score', 5)} AND ${nulls(...PDCA, ...TREND_TARGET)}) OR
  (scale = 'CLASSICAL_0_100' AND ${between('raw_score', 100)} AND ${nulls(...PDCA, ...TREND_TARGET)}) OR
  (scale = 'FINE_TUNED_PDCA' AND ${PDCA.map(c => between(c, 100)).join(' AND ')}
    AND ${nulls('raw_score', ...TREND_TARGET)}) OR
  (scale = 'FINE_TUNED_TREND_TARGET' AND ${TREND_TARGET.map(c => between(c, 100)).join(' AND ')}
    AND ${nulls('raw_score', ...PDCA)})
)`;

/**
 * The score of one sub-criterion: raw, on the scale it was given, plus its 0–100 normalisation
 * (schema/catalogue normalise*), which is what every comparison uses.
 */
@Entity('caf_score')
@Index('IDX_SCORE_ASSESSMENT_SUB_CRITERION', ['assessmentId', 'subCriterionCode'], { unique: true })
@Check('CHK_SCORE_SUB_CRITERION', "sub_criterion_code ~ '^[1-9]\\.[1-6]$'")
@Check('CHK_SCORE_CRITERION', "criterion_number = split_part(sub_criterion_code, '.', 1)::smallint")
@Check('CHK_SCORE_RAW', RAW_MATCHES_SCALE)
@Check('CHK_SCORE_NORMALISED', 'normalised BETWEEN 0 AND 100')
export class ScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, a => a.scores, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment: AssessmentEntity;

  @Column('varchar', { length: 4 })
  subCriterionCode: string;

  /** Denormalised from the code so criterion aggregates need no string parsing. */
  @Column('smallint')
  criterionNumber: number;

  @Column({ type: 'enum', enum: Object.values(ScoreScale), enumName: 'score_scale' })
  scale: ScoreScale;

  @Column('smallint', { nullable: true })
  rawScore: number | null;

  @Column('smallint', { nullable: true })
  pdcaPlan: number | null;

  @Column('smallint', { nullable: true })
  pdcaDo: number | null;

  @Column('smallint', { nullable: true })
  pdcaCheck: number | null;

  @Column('smallint', { nullable: true })
  pdcaAct: number | null;

  @Column('smallint', { nullable: true })
  trendScore: number | null;

  @Column('smallint', { nullable: true })
  targetScore: number | null;

  @Column('numeric', { precision: 5, scale: 2, transformer: NUMERIC_AS_NUMBER })
  normalised: number;
}
