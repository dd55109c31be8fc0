import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from './base.entity';

export const ReleaseJobStatus = {
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  SUCCEEDED: 'SUCCEEDED',
  FAILED: 'FAILED',
} as const;
export type ReleaseJobStatus = (typeof ReleaseJobStatus)[keyof typeof ReleaseJobStatus];

/**
 * One run of a cycle's release in the background (server/src/benchmark/release-job.runner.ts).
 * The release itself is a single transaction elsewhere; this row only reports on it, so a crash
 * leaves a job to be marked FAILED and retried, never a half-published cycle. At most one job of
 * a cycle is unfinished at a time (the partial unique index), across every server process.
 */
@Entity('release_job')
@Index('IDX_RELEASE_JOB_UNFINISHED_CYCLE', ['cycleYear'], {
  unique: true,
  where: 'finished_at IS NULL',
})
@Index('IDX_RELEASE_JOB_CREATED_AT', ['createdAt'])
@Check(
  'CHK_RELEASE_JOB_FINISHED',
  "(status IN ('SUCCEEDED', 'FAILED')) = (finished_at IS NOT NULL)",
)
@Check('CHK_RELEASE_JOB_PROGRESS', 'progress BETWEEN 0 AND 1')
export class ReleaseJobEntity extends BaseEntity {
  @Column('smallint')
  cycleYear: number;

  @Column({
    type: 'enum',
    enum: Object.values(ReleaseJobStatus),
    enumName: 'release_job_status',
    default: ReleaseJobStatus.QUEUED,
  })
  status: ReleaseJobStatus;

  /** What the job is doing or did last, a code the client translates (e.g. RELEASING). */
  @Column('varchar', { length: 32 })
  step: string;

  /** 0–1, coarse: the release's own work is one step. */
  @Column('real', { default: 0 })
  progress: number;

  /** Offices in the released snapshot, once it succeeded. */
  @Column('integer', { nullable: true })
  offices: number | null;

  /** Why it failed, in words for the admin; never a stack trace (that goes to the server log). */
  @Column('text', { nullable: true })
  error: string | null;

  /** No foreign key: the record of who asked outlives the account, as in the audit log. */
  @Column('uuid', { nullable: true })
  requestedById: string | null;

  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;

  /** Renewed every few seconds by the process looking after the job; stale means it died. */
  @Column('timestamptz', { default: () => 'now()' })
  heartbeatAt: Date;
}
