import type { QueryRunner } from 'typeorm';
import { INTERRUPTED, terminateReleaseJob } from '../../../server/src/benchmark/release-job.runner';
import { type Session, signInAs, startTestApi, type TestApi } from '../../support/api';
import { createOffice, createSubmittedAssessment } from '../../support/fixtures';
import { releaseAndWait, releaseJob, startRelease, waitForJob } from '../../support/release';
import { waitFor } from '../../support/wait';

const CHEAP = '{ cycleReleases { cycleYear } }';

describe('releasing a cycle as a background job', () => {
  let api: TestApi;
  let admin: Session;
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await api.db.dataSource.query(sql, params))[0].n;
  const released = (cycle: number) =>
    count('SELECT count(*)::int AS n FROM released_office WHERE cycle_year = $1', [cycle]);
  const submit = async (cycleYear: number, offices: number) => {
    for (let i = 0; i < offices; i += 1) {
      const office = await createOffice(api.db.dataSource);
      await createSubmittedAssessment(api.db.dataSource, office, {
        cycleYear,
        scoreOf: () => 40 + i,
        release: false,
      });
    }
  };
  /** A connection of the test's own (as the owner), to hold locks the release must wait for. */
  const holder = async (): Promise<QueryRunner> => {
    const runner = api.db.dataSource.createQueryRunner();
    await runner.connect();
    return runner;
  };

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signInAs(api, [{ role: 'ADMIN' }]);
  });
  afterAll(() => api.close());

  it('returns the job at once, runs it, then refreshes the planner statistics', async () => {
    await submit(2021, 6);
    const started = (await startRelease(admin, 2021)).data!.releaseCycle;
    expect(['QUEUED', 'RUNNING']).toContain(started.status);
    const job = await waitForJob(admin, started.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', step: 'RELEASED', progress: 1, offices: 6 });
    expect(await released(2021)).toBe(6);
    // ANALYZE sets reltuples (-1 = never analysed) before the job is reported done.
    expect(
      await count(
        `SELECT reltuples::int AS n FROM pg_class WHERE oid = 'released_office'::regclass`,
      ),
    ).toBe(6);
    const { releaseJobs } = (
      await admin.gql<{ releaseJobs: { id: string }[] }>('{ releaseJobs(cycleYear: 2021) { id } }')
    ).data!;
    expect(releaseJobs.map(j => j.id)).toEqual([started.id]);
  });

  it('keeps answering while a release runs, and a crash mid-release publishes nothing', async () => {
    await submit(2022, 6);
    // The audit record is the release transaction's last write: blocking it holds the release
    // with its snapshot written but not committed.
    const lock = await holder();
    await lock.startTransaction();
    await lock.query('LOCK TABLE audit_log IN SHARE MODE');
    try {
      const { id } = (await startRelease(admin, 2022)).data!.releaseCycle;
      await waitFor(
        async () =>
          (await count(
            `SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'audit_log'::regclass AND NOT granted`,
          )) > 0,
        { what: 'the release to wait for the audit log' },
      );
      // The server answers cheap queries, and tells the job, while the release is under way.
      for (let i = 0; i < 5; i += 1) {
        expect((await admin.gql(CHEAP)).errors).toBeUndefined();
      }
      expect(await releaseJob(admin, id)).toMatchObject({ status: 'RUNNING', step: 'RELEASING' });
      // A second release of the cycle is refused while the first is unfinished.
      expect((await startRelease(admin, 2022)).errors![0]!.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'RELEASE_RUNNING',
      });
      expect(await terminateReleaseJob(id)).toBe(true);
      expect(await releaseJob(admin, id)).toMatchObject({ status: 'FAILED', error: INTERRUPTED });
    } finally {
      await lock.commitTransaction();
      await lock.release();
    }
    expect(await released(2022)).toBe(0);
    expect(
      await count('SELECT count(*)::int AS n FROM cycle_release WHERE cycle_year = 2022'),
    ).toBe(0);
    expect(await releaseAndWait(admin, 2022)).toMatchObject({ status: 'SUCCEEDED', offices: 6 });
    expect(await released(2022)).toBe(6);
  });

  it('reports a job whose process died as failed, and lets the cycle be released again', async () => {
    await submit(2023, 5);
    const [{ id }] = await api.db.dataSource.query(
      `INSERT INTO release_job (cycle_year, status, step, progress, started_at, heartbeat_at)
       VALUES (2023, 'RUNNING', 'RELEASING', 0.2, now() - interval '3 minutes', now() - interval '2 minutes')
       RETURNING id`,
    );
    expect(await releaseJob(admin, id)).toMatchObject({ status: 'FAILED', error: INTERRUPTED });
    expect(await releaseAndWait(admin, 2023)).toMatchObject({ status: 'SUCCEEDED', offices: 5 });
  });

  it('waits for another release of the same cycle instead of racing it', async () => {
    await submit(2020, 5);
    const lock = await holder();
    await lock.query(`SELECT pg_advisory_lock(hashtext('cycle_release:2020'))`);
    let id: string;
    try {
      id = (await startRelease(admin, 2020)).data!.releaseCycle.id;
      await waitForJob(admin, id, job => job.step === 'WAITING');
      expect((await admin.gql(CHEAP)).errors).toBeUndefined();
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(hashtext('cycle_release:2020'))`);
      await lock.release();
    }
    expect(await waitForJob(admin, id)).toMatchObject({ status: 'SUCCEEDED', offices: 5 });
  });
});
