import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A cycle's benchmarks are published from a frozen snapshot (released_score), taken when an
 * admin releases the cycle: live statistics would let anyone who polls them difference out each
 * newly submitted office.
 */
@Entity('cycle_release')
export class CycleReleaseEntity {
  @PrimaryColumn('smallint')
  cycleYear: number;

  @Column('timestamptz')
  releasedAt: Date;

  @Column('uuid', { nullable: true })
  releasedById: string | null;

  /** Offices in the snapshot. */
  @Column('integer')
  offices: number;
}
