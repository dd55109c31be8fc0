import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The size, k and verdict of every peer group that can be asked for in a released cycle, decided
 * once at release (server/src/disclosure/lattice.ts): below its k a group is withheld, otherwise
 * published with perturbed values.
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
