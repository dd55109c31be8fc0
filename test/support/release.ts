import type { GraphQLResponse, Session } from './api';
import { waitFor } from './wait';

export interface ReleaseJobView {
  id: string;
  cycleYear: number;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  step: string;
  progress: number;
  offices: number | null;
  error: string | null;
}

const JOB = 'id cycleYear status step progress offices error';

/** Asks for the release; the job comes back at once, usually unfinished. */
export const startRelease = (
  session: Session,
  cycleYear: number,
): Promise<GraphQLResponse<{ releaseCycle: ReleaseJobView }>> =>
  session.gql(`mutation ($c: Int!) { releaseCycle(cycleYear: $c) { ${JOB} } }`, { c: cycleYear });

export async function releaseJob(session: Session, id: string): Promise<ReleaseJobView> {
  const result = await session.gql<{ releaseJob: ReleaseJobView }>(
    `query ($id: ID!) { releaseJob(id: $id) { ${JOB} } }`,
    { id },
  );
  if (!result.data) {
    throw new Error(`releaseJob failed: ${JSON.stringify(result.errors)}`);
  }
  return result.data.releaseJob;
}

/** Polls the job until `until` holds of it (by default: it has finished) and returns it. */
export async function waitForJob(
  session: Session,
  id: string,
  until: (job: ReleaseJobView) => boolean = job =>
    job.status === 'SUCCEEDED' || job.status === 'FAILED',
): Promise<ReleaseJobView> {
  let job: ReleaseJobView | undefined;
  await waitFor(async () => until((job = await releaseJob(session, id))), {
    what: `release job ${id}`,
  });
  return job!;
}

/** Releases the cycle through the API and waits for the job to finish; returns the finished job. */
export async function releaseAndWait(session: Session, cycleYear: number): Promise<ReleaseJobView> {
  const started = await startRelease(session, cycleYear);
  if (!started.data) {
    throw new Error(`releaseCycle(${cycleYear}) failed: ${JSON.stringify(started.errors)}`);
  }
  return waitForJob(session, started.data.releaseCycle.id);
}
