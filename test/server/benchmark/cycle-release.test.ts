import type { OfficeEntity } from '@caf/db';
import { type Session, signInAs, startTestApi, type TestApi } from '../../support/api';
import { createOffice, createSubmittedAssessment } from '../../support/fixtures';
import { releaseAndWait, startRelease } from '../../support/release';

const N = '{ benchmark(group: {}, cycleYear: 2024) { n suppressed statistics { key mean } } }';

describe('released cycles: benchmarks from a frozen snapshot', () => {
  let api: TestApi;
  let admin: Session;
  const submit = async (count: number, base: number, release = false): Promise<OfficeEntity[]> => {
    const offices = [];
    for (let i = 0; i < count; i += 1) {
      const office = await createOffice(api.db.dataSource);
      await createSubmittedAssessment(api.db.dataSource, office, {
        cycleYear: 2024,
        scoreOf: () => base + i,
        release,
      });
      offices.push(office);
    }
    return offices;
  };
  beforeAll(async () => {
    api = await startTestApi();
    admin = await signInAs(api, [{ role: 'ADMIN' }]);
  });
  afterAll(() => api.close());

  const ask = async () =>
    (await admin.gql<{ benchmark: { n: number | null; suppressed: string | null } }>(N)).data!
      .benchmark;

  it('publishes nothing of a cycle before its release', async () => {
    await submit(6, 40);
    expect(await ask()).toMatchObject({ n: null, suppressed: 'CYCLE_NOT_RELEASED' });
    expect(await releaseAndWait(admin, 2024)).toMatchObject({
      cycleYear: 2024,
      status: 'SUCCEEDED',
      step: 'RELEASED',
      offices: 6,
    });
    expect(await ask()).toMatchObject({ n: 6, suppressed: null });
  });

  it('never changes a published cycle: late submissions wait for the next cycle', async () => {
    const refused = async () =>
      expect((await startRelease(admin, 2024)).errors![0]!.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_RELEASED',
      });
    // One added office, then k of them: neither may enter the published cycle.
    await submit(1, 95);
    await refused();
    await submit(5, 90);
    expect(await ask()).toMatchObject({ n: 6 }); // the snapshot, not the live data
    await refused();
    expect(await ask()).toMatchObject({ n: 6 });
  });

  it('re-releasing an unchanged cycle is a no-op, and every release is audited', async () => {
    const other = await submit(5, 30, false);
    await api.db.dataSource.query(
      `UPDATE caf_assessment SET cycle_year = 2022 WHERE office_id = ANY($1)`,
      [other.map(o => o.id)],
    );
    expect(await releaseAndWait(admin, 2022)).toMatchObject({ step: 'RELEASED', offices: 5 });
    // Finished at once, without a worker: the published cycle stands.
    expect((await startRelease(admin, 2022)).data!.releaseCycle).toMatchObject({
      status: 'SUCCEEDED',
      step: 'UNCHANGED',
      offices: 5,
    });
    const [{ releases }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS releases FROM audit_log WHERE action = 'cycle.release'`,
    );
    expect(releases).toBe(2);
  });
});
