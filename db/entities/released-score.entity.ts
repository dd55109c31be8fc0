import { CAF_VERSION_CODES, type CafVersionCode, DataOrigin } from '@caf/schema';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OfficeEntity } from './office.entity';

/**
 * The released snapshot the benchmarks read: per office and cycle one assessment (the newest CAF
 * version), with its CAF index ('INDEX'), criterion means ('1'…'9') and normalised sub-criterion
 * scores ('1.1'…'9.2'). Written only by releaseCycleSnapshot (db/releases.ts).
 */
@Entity('released_score')
@Index('IDX_RELEASED_SCORE_CYCLE_OFFICE_KEY', ['cycleYear', 'officeId', 'key'], { unique: true })
@Index('IDX_RELEASED_SCORE_CYCLE_KEY', ['cycleYear', 'key'])
export class ReleasedScoreEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('smallint')
  cycleYear: number;

  @Column('uuid')
  assessmentId: string;

  @Column('uuid')
  officeId: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office: OfficeEntity;

  @Column({ type: 'enum', enum: [...CAF_VERSION_CODES].sort(), enumName: 'caf_version' })
  cafVersion: CafVersionCode;

  @Column({ type: 'enum', enum: Object.values(DataOrigin), enumName: 'data_origin' })
  dataOrigin: DataOrigin;

  @Column('varchar', { length: 5 })
  key: string;

  @Column('double precision')
  score: number;
}
