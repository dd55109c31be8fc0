import { CycleReleaseEntity, ReleaseJobEntity } from '@caf/db';
import { QueryFailedError } from 'typeorm';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode, notFound } from '../graphql/errors';
import { MAX_RELEASE_JOBS } from '../graphql/list-bounds';
import { INTERRUPTED, startReleaseWorker } from './release-job.runner';
import { ReleaseStep, unchangedRelease } from './release-job.task';

/** A job whose process has not vouched for it for this long died with that process. */
const STALE_AFTER = '60 seconds';

/**
 * Publishing a cycle freezes its benchmarks for good: any later change — a latecomer, a corrected
 * score, an office that moved band — would let old and new numbers be differenced. Releases run
 * as background jobs (release_job), so that a national one never holds up serving.
 */
export class ReleaseService {
  list(ctx: Context): Promise<CycleReleaseEntity[]> {
    return ctx.dataSource.getRepository(CycleReleaseEntity).find({ order: { cycleYear: 'DESC' } });
  }

  /**
   * Starts the cycle's release and returns its job at once. A cycle already published as it is
   * gets a finished job (UNCHANGED) without a worker; a changed one is refused here already
   * (CONFLICT, ALREADY_RELEASED), as is a second job while one is unfinished (RELEASE_RUNNING).
   */
  async start(ctx: Context, cycleYear: number): Promise<ReleaseJobEntity> {
    await this.failStaleJobs(ctx);
    const previous = await unchangedRelease(ctx.dataSource, cycleYear);
    const jobs = ctx.dataSource.getRepository(ReleaseJobEntity);
    const requestedById = ctx.viewer.user?.id ?? null;
    if (previous) {
      return jobs.save({
        cycleYear,
        requestedById,
        status: 'SUCCEEDED',
        step: ReleaseStep.UNCHANGED,
        progress: 1,
        offices: previous.offices,
        startedAt: new Date(),
        finishedAt: new Date(),
      });
    }
    let job: ReleaseJobEntity;
    try {
      job = await jobs.save({ cycleYear, requestedById, step: ReleaseStep.QUEUED });
    } catch (error) {
      // IDX_RELEASE_JOB_UNFINISHED_CYCLE: one unfinished job per cycle, whichever process runs it.
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        throw new AppError(
          ErrorCode.CONFLICT,
          `A release of cycle ${cycleYear} is already running.`,
          {
            reason: 'RELEASE_RUNNING',
          },
        );
      }
      throw error;
    }
    startReleaseWorker(ctx.dataSource, job, { user: ctx.viewer.user, ip: ctx.request.ip });
    return job;
  }

  async job(ctx: Context, id: string): Promise<ReleaseJobEntity> {
    await this.failStaleJobs(ctx);
    const job = await ctx.dataSource.getRepository(ReleaseJobEntity).findOneBy({ id });
    if (!job) {
      throw notFound('Release job', id);
    }
    return job;
  }

  /** Newest first; the last MAX_RELEASE_JOBS. */
  async jobs(ctx: Context, cycleYear?: number): Promise<ReleaseJobEntity[]> {
    await this.failStaleJobs(ctx);
    return ctx.dataSource.getRepository(ReleaseJobEntity).find({
      where: cycleYear === undefined ? {} : { cycleYear },
      order: { createdAt: 'DESC' },
      take: MAX_RELEASE_JOBS,
    });
  }

  /**
   * A job left unfinished by a process that died (its heartbeat stopped) is reported FAILED, so
   * that it can be retried. Checked whenever jobs are read or started — the only moments anyone
   * can tell — which covers a restart without a start-up step. Its transaction died with it.
   */
  private async failStaleJobs(ctx: Context): Promise<void> {
    await ctx.dataSource.query(
      `UPDATE release_job SET status = 'FAILED', error = $1, finished_at = now(), updated_at = now()
        WHERE finished_at IS NULL AND heartbeat_at < now() - $2::interval`,
      [INTERRUPTED, STALE_AFTER],
    );
  }
}
