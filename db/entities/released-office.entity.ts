import { CAF_VERSION_CODES, type CafVersionCode, DataOrigin, JstType } from '@caf/schema';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An office as it stood when its cycle was released: the assessment that counts (the newest CAF
 * version) and every fact peer groups filter on — programme membership included. Benchmarks of
 * a released cycle read only this and released_score, so later edits (a new participant, a
 * corrected population) cannot shift a published group by one office.
 */
@Entity('released_office')
@Index('IDX_RELEASED_OFFICE_CYCLE_TYPE', ['cycleYear', 'jstType'])
@Check('CHK_RELEASED_OFFICE_RECORD_KEY', 'record_key >= 0 AND record_key < 1152921504606846976')
export class ReleasedOfficeEntity {
  @PrimaryColumn('smallint')
  cycleYear: number;

  @PrimaryColumn('uuid')
  officeId: string;

  @Column('uuid')
  assessmentId: string;

  @Column({ type: 'enum', enum: [...CAF_VERSION_CODES].sort(), enumName: 'caf_version' })
  cafVersion: CafVersionCode;

  @Column({ type: 'enum', enum: Object.values(DataOrigin), enumName: 'data_origin' })
  dataOrigin: DataOrigin;

  @Column('char', { length: 2 })
  voivodeshipCode: string;

  @Column({ type: 'enum', enum: Object.values(JstType), enumName: 'jst_type' })
  jstType: JstType;

  @Column('integer')
  population: number;

  @Column('integer')
  staffCount: number;

  @Column('uuid', { array: true })
  programmeIds: string[];

  /** Secret random key of this office in this cycle; cell keys of perturbation sum these. */
  @Column('bigint')
  recordKey: string;
}
