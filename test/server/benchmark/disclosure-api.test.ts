import type { OfficeEntity, ProgrammeEntity } from '@caf/db';
import { type Session, signInAs, startTestApi, type TestApi } from '../../support/api';
import {
  addParticipants,
  createOffice,
  createProgramme,
  createSubmittedAssessment,
} from '../../support/fixtures';
import { releaseAndWait } from '../../support/release';

const N_AND_SUPPRESSED =
  'query ($g: PeerGroupInput!) { benchmark(group: $g, cycleYear: 2024) { n suppressed statistics { key mean } } }';

interface Result {
  benchmark: {
    n: number;
    suppressed: string | null;
    statistics: { key: string; mean: number | null }[];
  };
}

describe('disclosure control through the API', () => {
  let api: TestApi;
  let ministry: Session;
  let programme: ProgrammeEntity;
  let rural: OfficeEntity[];
  let urban: OfficeEntity[];
  let urbanRural: OfficeEntity[];
  beforeAll(async () => {
    api = await startTestApi();
    const ds = api.db.dataSource;
    const make = async (count: number, jstType: OfficeEntity['jstType'], base: number) => {
      const made: OfficeEntity[] = [];
      for (let i = 0; i < count; i += 1) {
        const office = await createOffice(ds, { jstType });
        await createSubmittedAssessment(ds, office, { cycleYear: 2024, scoreOf: () => base + i });
        made.push(office);
      }
      return made;
    };
    // In the programme: 6 rural, 2 urban, 5 urban-rural gminas; outside: 6 rural.
    rural = await make(6, 'GMINA_WIEJSKA', 40);
    urban = await make(2, 'GMINA_MIEJSKA', 70);
    urbanRural = await make(5, 'GMINA_MIEJSKO_WIEJSKA', 55);
    await make(6, 'GMINA_WIEJSKA', 20);
    programme = await createProgramme(ds, { minGroupSize: 5 });
    await addParticipants(ds, programme, [...rural, ...urban, ...urbanRural]);
    ministry = await signInAs(api, [{ role: 'MINISTRY_ANALYST' }]);
  });
  afterAll(() => api.close());

  const ask = async (group: object) =>
    (await ministry.gql<Result>(N_AND_SUPPRESSED, { g: group })).data!.benchmark;

  it('complementary suppression: with the 2 urban gminas hidden, the smallest other type is hidden too', async () => {
    expect(await ask({ programmeId: programme.id })).toMatchObject({ n: 13, suppressed: null });
    expect(await ask({ programmeId: programme.id, jstType: 'GMINA_MIEJSKA' })).toMatchObject({
      n: null,
      suppressed: 'BELOW_MIN_GROUP_SIZE',
    });
    // programme − rural − urban-rural would give the 2 urban gminas' mean: urban-rural (5) goes too.
    const hiddenWith = await ask({ programmeId: programme.id, jstType: 'GMINA_MIEJSKO_WIEJSKA' });
    expect(hiddenWith).toMatchObject({ n: null, suppressed: 'COMPLEMENTARY' });
    expect(hiddenWith.statistics.every(s => s.mean === null)).toBe(true);
    expect(await ask({ programmeId: programme.id, jstType: 'GMINA_WIEJSKA' })).toMatchObject({
      n: 6,
      suppressed: null,
    });
  });

  it('differencing: of two nested groups 1 … k−1 offices apart, the finer one is withheld', async () => {
    // A programme of the 6 rural gminas plus 1 urban one: programme − (programme ∩ rural) = that office.
    const small = await createProgramme(api.db.dataSource, { minGroupSize: 5 });
    await addParticipants(api.db.dataSource, small, [...rural, urban[0]!]);
    // The small programme minus the rural gminas (published elsewhere under other names) would
    // give the urban office: the audit withholds the small programme and its rural part.
    expect(await ask({ programmeId: small.id })).toMatchObject({
      n: null,
      suppressed: 'DIFFERENCING',
    });
    expect(await ask({ programmeId: small.id, jstType: 'GMINA_WIEJSKA' })).toMatchObject({
      n: null,
      suppressed: 'DIFFERENCING',
    });
    // 12 rural gminas: published. The first programme's 6 rural gminas are the same offices as
    // the small programme's rural ones — and 7 − 6 = 1 apart from the whole small programme, a
    // nesting by coincidence, not by filters: withheld too.
    expect(await ask({ jstType: 'GMINA_WIEJSKA' })).toMatchObject({ n: 12, suppressed: null });
    expect(await ask({ jstType: 'GMINA_WIEJSKA', programmeId: programme.id })).toMatchObject({
      n: null,
      suppressed: 'DIFFERENCING',
    });
  });

  it('never publishes two nested groups whose difference is between 1 and k − 1 offices', async () => {
    const groups = [
      {},
      { programmeId: programme.id },
      ...['GMINA_WIEJSKA', 'GMINA_MIEJSKA', 'GMINA_MIEJSKO_WIEJSKA'].flatMap(jstType => [
        { jstType },
        { jstType, programmeId: programme.id },
      ]),
    ];
    const published = [];
    for (const group of groups) {
      const result = await ask(group);
      if (!result.suppressed) {
        published.push({ group, n: result.n });
      }
    }
    const nested = (inner: object, outer: object) =>
      Object.entries(outer).every(
        ([key, value]) => (inner as Record<string, unknown>)[key] === value,
      );
    for (const inner of published) {
      for (const outer of published) {
        if (inner !== outer && nested(inner.group, outer.group)) {
          const difference = outer.n - inner.n;
          expect(difference === 0 || difference >= 5).toBe(true);
        }
      }
    }
  });
});

describe('pseudonymous distributions, offices like mine, benchlearning and submissions', () => {
  let api: TestApi;
  let programmes: ProgrammeEntity[];
  let offices: OfficeEntity[];
  let mine: Session;
  beforeAll(async () => {
    api = await startTestApi();
    const ds = api.db.dataSource;
    offices = [];
    for (let i = 0; i < 12; i += 1) {
      const office = await createOffice(ds, {
        population: 3000 + i * 1000,
        staffCount: 20 + i * 3,
      });
      await createSubmittedAssessment(ds, office, { cycleYear: 2024, scoreOf: () => 30 + i * 4 });
      offices.push(office);
    }
    programmes = [await createProgramme(ds), await createProgramme(ds)];
    await addParticipants(ds, programmes[0]!, offices);
    await addParticipants(ds, programmes[1]!, offices);
    mine = await signInAs(api, [{ role: 'OFFICE_EDITOR', officeId: offices[0]!.id }]);
  });
  afterAll(() => api.close());

  const DISTRIBUTION =
    'query ($g: PeerGroupInput!) { benchmarkDistribution(group: $g, cycleYear: 2024, key: "INDEX") { n suppressed points { label value own } } }';
  type Points = {
    benchmarkDistribution: { points: { label: string; value: number; own: boolean }[] };
  };

  it('publishes microaggregated points under pseudonyms: stable within a benchmark, unrelated across programmes, no ids', async () => {
    const first = await mine.gql<Points>(DISTRIBUTION, { g: { programmeId: programmes[0]!.id } });
    const again = await mine.gql<Points>(DISTRIBUTION, { g: { programmeId: programmes[0]!.id } });
    const other = await mine.gql<Points>(DISTRIBUTION, { g: { programmeId: programmes[1]!.id } });
    const points = first.data!.benchmarkDistribution.points;
    expect(points).toHaveLength(12);
    // Values 30, 34, … 74 in blocks of ≥ 5: the lowest five show their mean 38, the rest 62.
    expect(points.filter(p => p.own)).toEqual([expect.objectContaining({ value: 38 })]);
    expect(points.map(p => p.value).sort()).toEqual([...Array(5).fill(38), ...Array(7).fill(62)]);
    expect(again.data!.benchmarkDistribution.points).toEqual(points);
    const pairs = (list: { label: string; value: number }[]) =>
      list.map(p => `${p.label}:${p.value}`).sort();
    expect(pairs(other.data!.benchmarkDistribution.points)).not.toEqual(pairs(points));
    const text = JSON.stringify(first);
    for (const office of offices) {
      expect(text).not.toContain(office.id);
      expect(text).not.toContain(office.name);
    }
  });

  it('explains "offices like mine": the narrowest cell of type, population and staff bands that is large enough', async () => {
    const result = await mine.gql<{
      benchmark: { n: number; group: { explanation: { pl: string; en: string } } };
    }>(
      '{ benchmark(group: { likeMine: true }, cycleYear: 2024) { n group { explanation { pl en } } } }',
    );
    // Only 2 of the 12 share the first office's population and staff bands: widened to its type.
    expect(result.data!.benchmark.n).toBe(12);
    expect(result.data!.benchmark.group.explanation.en).toBe(
      'Offices like yours: rural gminas — the narrowest such group with at least 10 offices.',
    );
  });

  it('shows named scores only to the office itself, and to a partner while both consent', async () => {
    const partner = await signInAs(api, [{ role: 'OFFICE_EDITOR', officeId: offices[1]!.id }]);
    const leader = await signInAs(api, [
      { role: 'PROGRAMME_LEADER', programmeId: programmes[0]!.id },
    ]);
    const SCORES =
      'query ($o: ID!) { officeScores(officeId: $o, cycleYear: 2024) { scores { key score } } }';
    const consent = (
      session: Session,
      verb: 'grant' | 'revoke',
      office: OfficeEntity,
      partnerOffice: OfficeEntity,
    ) =>
      session.gql(
        `mutation ($o: ID!, $p: ID!) { ${verb}BenchlearningConsent(officeId: $o, partnerOfficeId: $p) { mutual grantedByUs grantedByPartner } }`,
        {
          o: office.id,
          p: partnerOffice.id,
        },
      );
    expect((await mine.gql(SCORES, { o: offices[0]!.id })).errors).toBeUndefined();
    expect((await mine.gql(SCORES, { o: offices[1]!.id })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await leader.gql(SCORES, { o: offices[1]!.id })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );

    await consent(mine, 'grant', offices[0]!, offices[1]!);
    expect((await mine.gql(SCORES, { o: offices[1]!.id })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    ); // one-sided
    const mutual = await consent(partner, 'grant', offices[1]!, offices[0]!);
    expect(mutual.data).toEqual({
      grantBenchlearningConsent: [{ mutual: true, grantedByUs: true, grantedByPartner: true }],
    });
    const seen = await mine.gql<{ officeScores: { scores: { key: string; score: number }[] } }>(
      SCORES,
      { o: offices[1]!.id },
    );
    expect(seen.data!.officeScores.scores.find(s => s.key === 'INDEX')!.score).toBe(34);

    await consent(partner, 'revoke', offices[1]!, offices[0]!);
    expect((await mine.gql(SCORES, { o: offices[1]!.id })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );
    const [{ actions }] = await api.db.dataSource.query(
      `SELECT array_agg(action ORDER BY id) AS actions FROM audit_log WHERE action LIKE 'consent.%'`,
    );
    expect(actions).toEqual(['consent.grant', 'consent.grant', 'consent.revoke']);
  });

  it('lets a leader see who has submitted, never the scores', async () => {
    const leader = await signInAs(api, [
      { role: 'PROGRAMME_LEADER', programmeId: programmes[0]!.id },
    ]);
    const result = await leader.gql<{
      programme: { submissions: { status: string; office: { name: string } }[] };
    }>(
      'query ($id: ID!) { programme(id: $id) { submissions(cycleYear: 2024) { status submittedAt office { name } } } }',
      { id: programmes[0]!.id },
    );
    expect(result.data!.programme.submissions).toHaveLength(12);
    expect(result.data!.programme.submissions.every(s => s.status === 'SUBMITTED')).toBe(true);
    const other = await leader.gql(
      'query ($id: ID!) { programme(id: $id) { submissions(cycleYear: 2024) { status } } }',
      { id: programmes[1]!.id },
    );
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('minimum group size per programme', () => {
  it('can be raised by an admin (audited, for cycles released from then on) but never set below 3', async () => {
    const api = await startTestApi();
    try {
      const ds = api.db.dataSource;
      const programme = await createProgramme(ds, { minGroupSize: 5 });
      const members: OfficeEntity[] = [];
      for (let i = 0; i < 6; i += 1) {
        const office = await createOffice(ds);
        await createSubmittedAssessment(ds, office, { cycleYear: 2024, scoreOf: () => 50 + i });
        await createSubmittedAssessment(ds, office, {
          cycleYear: 2026,
          scoreOf: () => 55 + i,
          release: false,
        });
        members.push(office);
      }
      await addParticipants(ds, programme, members);
      const admin = await signInAs(api, [{ role: 'ADMIN' }]);
      const SET =
        'mutation ($p: ID!, $k: Int!) { updateProgrammeDisclosure(programmeId: $p, minGroupSize: $k) { minGroupSize } }';
      const tooSmall = await admin.gql(SET, { p: programme.id, k: 2 });
      expect(tooSmall.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [expect.objectContaining({ field: 'minGroupSize' })],
      });
      const STATS =
        'query ($g: PeerGroupInput!, $c: Int!) { benchmark(group: $g, cycleYear: $c) { minGroupSize suppressed } }';
      const ask = async (cycle: number) =>
        (
          await admin.gql<{ benchmark: object }>(STATS, {
            g: { programmeId: programme.id },
            c: cycle,
          })
        ).data!.benchmark;
      expect(await ask(2024)).toEqual({ minGroupSize: 5, suppressed: null });
      await admin.gql(SET, { p: programme.id, k: 7 });
      expect(await ask(2024)).toEqual({ minGroupSize: 5, suppressed: null }); // published: unchanged
      await releaseAndWait(admin, 2026);
      expect(await ask(2026)).toEqual({ minGroupSize: 5, suppressed: 'BELOW_MIN_GROUP_SIZE' });
      const [{ after }] = await ds.query(
        `SELECT after FROM audit_log WHERE action = 'programme.update_disclosure'`,
      );
      expect(after).toEqual({ minGroupSize: 7 });
    } finally {
      await api.close();
    }
  });

  it('can be lowered to 3 for the programme’s own groups: a 4-office group is published', async () => {
    const api = await startTestApi();
    try {
      const ds = api.db.dataSource;
      const make = async (count: number, jstType: OfficeEntity['jstType']) => {
        const made: OfficeEntity[] = [];
        for (let i = 0; i < count; i += 1) {
          const office = await createOffice(ds, { jstType });
          await createSubmittedAssessment(ds, office, { cycleYear: 2024, scoreOf: () => 40 + i });
          made.push(office);
        }
        return made;
      };
      // Two rural and two urban gminas in the programme, seven of each outside it.
      const rural = await make(7, 'GMINA_WIEJSKA');
      const urban = await make(7, 'GMINA_MIEJSKA');
      const small = await createProgramme(ds, { minGroupSize: 3 });
      await addParticipants(ds, small, [...rural.slice(0, 2), ...urban.slice(0, 2)]);
      const ministry = await signInAs(api, [{ role: 'MINISTRY_ANALYST' }]);
      const ask = async (group: object) =>
        (
          await ministry.gql<{ benchmark: object }>(
            'query ($g: PeerGroupInput!) { benchmark(group: $g, cycleYear: 2024) { n minGroupSize suppressed } }',
            { g: group },
          )
        ).data!.benchmark;
      expect(await ask({ programmeId: small.id })).toEqual({
        n: 4,
        minGroupSize: 3,
        suppressed: null,
      });
      expect(await ask({ jstType: 'GMINA_MIEJSKA' })).toEqual({
        n: 7,
        minGroupSize: 5,
        suppressed: null,
      });
      // A member that also joins a programme with the default k takes k = 5 into this group.
      const strict = await createProgramme(ds, { minGroupSize: 5 });
      await addParticipants(ds, strict, [rural[0]!, ...rural.slice(2)]);
      expect(await ask({ programmeId: small.id })).toEqual({
        n: null,
        minGroupSize: 5,
        suppressed: 'BELOW_MIN_GROUP_SIZE',
      });
    } finally {
      await api.close();
    }
  });
});
