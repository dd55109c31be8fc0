import { Check, Column, Entity, Index, OneToMany } from 'typeorm';
import { BaseEntity } from './base.entity';
import type { ParticipationEntity } from './participation.entity';

@Entity('programme')
@Index('IDX_PROGRAMME_CODE', ['code'], { unique: true })
@Check('CHK_PROGRAMME_MIN_GROUP_SIZE', 'min_group_size >= 3')
@Check('CHK_PROGRAMME_PERIOD', 'ends_on IS NULL OR ends_on >= starts_on')
@Check('CHK_PROGRAMME_CODE', "code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'")
export class ProgrammeEntity extends BaseEntity {
  /** Stable slug used in URLs and imports. */
  @Column('varchar', { length: 64 })
  code: string;

  @Column({ type: 'text', collation: 'pl-x-icu' })
  name: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { nullable: true })
  fundingSource: string | null;

  @Column('date')
  startsOn: string;

  @Column('date', { nullable: true })
  endsOn: string | null;

  /** Disclosure control: no statistic over fewer offices than this leaves the server. */
  @Column('smallint', { default: 5 })
  minGroupSize: number;

  @OneToMany('ParticipationEntity', (p: ParticipationEntity) => p.programme)
  participations: ParticipationEntity[];
}
