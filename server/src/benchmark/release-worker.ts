/**
 * Entry of the release worker thread (node:worker_threads), started by release-job.runner.ts: the
 * release's synchronous parts would otherwise stop the server answering for as long as they run.
 * It opens its own small pool as the app's role, runs the release and tells the parent how it
 * goes; the parent keeps the job's row.
 */
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { createDataSource } from '@caf/db';
import { GraphQLError } from 'graphql';
import { runRelease } from './release-job.task';
import type { ReleaseWorkerInput, ReleaseWorkerMessage } from './release-job.protocol';

const post = (message: ReleaseWorkerMessage): void => parentPort!.postMessage(message);

/** An expected refusal (the cycle changed meanwhile) is told as is; anything else in general words. */
const publicMessage = (error: unknown): string =>
  error instanceof GraphQLError
    ? error.message
    : 'The release failed and nothing was published; retry, or see the server log.';

async function main({ url, cycleYear, actor }: ReleaseWorkerInput): Promise<void> {
  post({ kind: 'step', step: 'STARTING' });
  // No statement or idle timeouts: a national release is long, and it is nobody's request.
  const dataSource = createDataSource({
    url,
    poolSize: 2,
    applicationName: 'caf-benchmark-release',
  });
  await dataSource.initialize();
  try {
    const outcome = await runRelease(dataSource, cycleYear, actor, step =>
      post({ kind: 'step', step }),
    );
    post({ kind: 'done', ...outcome });
  } finally {
    await dataSource.destroy();
  }
}

main(workerData as ReleaseWorkerInput).catch(error => {
  console.error(`Release of cycle ${(workerData as ReleaseWorkerInput).cycleYear} failed:`, error);
  post({ kind: 'failed', error: publicMessage(error) });
});
