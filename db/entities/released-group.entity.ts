import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The disclosure verdict of every peer group of a released cycle, decided once at release over
 * the whole set of groups that can be asked for (server/src/benchmark/group-lattice.ts), so that
 * no two published groups can be differenced — whatever order they are asked in.
 */
@Entity('released_group')
export class ReleasedGroupEntity {
  @PrimaryColumn('smallint')
  cycleYear: number;

  /** Canonical filters, e.g. "jstType=GMINA_WIEJSKA&voivodeshipCode=02" ("" = all offices). */
  @PrimaryColumn('varchar', { length: 400 })
  groupKey: string;

  @Column('integer')
  n: number;

  /** The minimum group size that applied. */
  @Column('smallint')
  k: number;

  /** Why the group is withheld; null when it is published. */
  @Column('varchar', { length: 32, nullable: true })
  suppressed: string | null;
}
