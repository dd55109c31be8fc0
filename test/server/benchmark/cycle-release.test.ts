import type { OfficeEntity } from '@caf/db';
import { type Session, signInAs, startTestApi, type TestApi } from '../../support/api';
import { createOffice, createSubmittedAssessment } from '../../support/fixtures';

const RELEASE = 'mutation ($c: Int!) { releaseCycle(cycleYear: $c) { cycleYear offices } }';
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
    expect((await admin.gql(RELEASE, { c: 2024 })).data).toEqual({
      releaseCycle: { cycleYear: 2024, offices: 6 },
    });
    expect(await ask()).toMatchObject({ n: 6, suppressed: null });
  });

  it('does not let late submissions move released numbers until k of them can be added at once', async () => {
    await submit(2, 90);
    expect(await ask()).toMatchObject({ n: 6 }); // the snapshot, not the live data
    const early = await admin.gql(RELEASE, { c: 2024 });
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', added: 2 });
    await submit(3, 20);
    expect((await admin.gql(RELEASE, { c: 2024 })).data).toEqual({
      releaseCycle: { cycleYear: 2024, offices: 11 },
    });
    expect(await ask()).toMatchObject({ n: 11 });
  });

  it('refuses to re-release when released scores changed, and audits every release', async () => {
    await api.db.dataSource.query(
      `UPDATE caf_score SET normalised = normalised + 1 WHERE assessment_id = (SELECT assessment_id FROM released_score WHERE key = 'INDEX' LIMIT 1)`,
    );
    await submit(5, 60);
    const changed = await admin.gql(RELEASE, { c: 2024 });
    expect(changed.errors![0]!.extensions!.code).toBe('CONFLICT');
    const [{ releases }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS releases FROM audit_log WHERE action = 'cycle.release'`,
    );
    expect(releases).toBe(2);
  });
});
