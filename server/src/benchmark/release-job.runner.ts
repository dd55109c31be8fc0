import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DataSource } from 'typeorm';
import type { ReleaseWorkerInput, ReleaseWorkerMessage } from './release-job.protocol';
import { type ReleaseActor, STEP_PROGRESS } from './release-job.task';

/** How often this process vouches for its running jobs (release_job.heartbeat_at). */
const HEARTBEAT_MS = 5_000;

/** Said of a job whose worker or process ended before it finished. */
export const INTERRUPTED = 'The release was interrupted before it finished; retry it.';

/**
 * Workers run JavaScript files: the compiled sibling in a built server, and server/dist's copy
 * when this file runs as TypeScript (jest through swc) — `npm test` builds before testing.
 */
const WORKER_SCRIPT = __filename.endsWith('.js')
  ? path.join(__dirname, 'release-worker.js')
  : path.resolve(__dirname, '..', '..', 'dist', 'benchmark', 'release-worker.js');

interface RunningJob {
  worker: Worker;
  dataSource: DataSource;
  /** Resolves once the job's row tells how it ended. */
  finished: Promise<void>;
}

/** This process's release workers, by job id. */
const running = new Map<string, RunningJob>();

/**
 * Runs a queued job's release in a worker thread and keeps its row: steps and heartbeat while it
 * runs, then SUCCEEDED or FAILED. Only this (main) thread writes the row, on the app's pool; the
 * heartbeat comes from here too, as the worker's own event loop may be busy for minutes.
 */
export function startReleaseWorker(
  dataSource: DataSource,
  job: { id: string; cycleYear: number },
  actor: ReleaseActor,
): void {
  const { url } = dataSource.options as { url?: string };
  const input: ReleaseWorkerInput = { url: url!, cycleYear: job.cycleYear, actor };
  const worker = new Worker(WORKER_SCRIPT, { workerData: input });
  let writes = Promise.resolve();
  // In order, and never throwing: a lost update is logged; the heartbeat check covers the rest.
  // Every write renews the heartbeat; `set` adds what changed (nothing, for a bare heartbeat).
  const write = (set: string | null, params: unknown[] = []): void => {
    writes = writes
      .then(() =>
        dataSource.query(
          `UPDATE release_job SET ${set ? `${set}, ` : ''}heartbeat_at = now(), updated_at = now()
            WHERE id = $1 AND finished_at IS NULL`,
          [job.id, ...params],
        ),
      )
      .then(
        () => undefined,
        error => console.error(`Release job ${job.id}: bookkeeping failed:`, error),
      );
  };
  let ended = false;
  worker.on('message', (message: ReleaseWorkerMessage) => {
    if (message.kind === 'step') {
      write(
        `status = 'RUNNING', started_at = coalesce(started_at, now()), step = $2, progress = $3`,
        [message.step, STEP_PROGRESS[message.step]],
      );
      return;
    }
    ended = true;
    if (message.kind === 'done') {
      write(`status = 'SUCCEEDED', step = $2, progress = 1, offices = $3, finished_at = now()`, [
        message.step,
        message.offices,
      ]);
    } else {
      write(`status = 'FAILED', error = $2, finished_at = now()`, [message.error]);
    }
  });
  // An uncaught exception in the worker: 'exit' follows and marks the job interrupted.
  worker.on('error', error => console.error(`Release job ${job.id}: worker crashed:`, error));
  const heartbeat = setInterval(() => write(null), HEARTBEAT_MS);
  heartbeat.unref();
  const finished = new Promise<void>(resolve => {
    worker.once('exit', () => {
      clearInterval(heartbeat);
      if (!ended) {
        write(`status = 'FAILED', error = $2, finished_at = now()`, [INTERRUPTED]);
      }
      running.delete(job.id);
      void writes.then(resolve);
    });
  });
  running.set(job.id, { worker, dataSource, finished });
}

/**
 * Stops a running job's worker as a crash would: its transaction rolls back, and the job ends
 * FAILED (interrupted), to be retried. Resolves once the row says so; false if it was not running.
 */
export async function terminateReleaseJob(jobId: string): Promise<boolean> {
  const job = running.get(jobId);
  if (!job) {
    return false;
  }
  await job.worker.terminate();
  await job.finished;
  return true;
}

/** On shutdown, before the pool closes: every release of this pool is interrupted, to retry. */
export async function stopReleaseJobs(dataSource: DataSource): Promise<void> {
  const ids = [...running].filter(([, job]) => job.dataSource === dataSource).map(([id]) => id);
  await Promise.all(ids.map(terminateReleaseJob));
}
