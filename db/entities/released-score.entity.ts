import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The released scores the benchmarks read: per office and cycle its CAF index ('INDEX'),
 * criterion means ('1'…'9') and normalised sub-criterion scores ('1.1'…'9.2'). Written only by
 * releaseCycleSnapshot (db/releases.ts), together with released_office.
 */
@Entity('released_score')
export class ReleasedScoreEntity {
  @PrimaryColumn('smallint')
  cycleYear: number;

  @PrimaryColumn('uuid')
  officeId: string;

  @PrimaryColumn('varchar', { length: 5 })
  key: string;

  @Column('double precision')
  score: number;
}
