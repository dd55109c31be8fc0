import type { OfficeEntity, ProgrammeEntity } from '@caf/db';
import { type Session, signInAs, startTestApi, type TestApi } from '../../support/api';
import {
  addParticipants,
  createOffice,
  createProgramme,
  createSubmittedAssessment,
} from '../../support/fixtures';
import { releaseAndWait } from '../../support/release';

const STATISTICS =
  'statistics { key mean meanError { max } median q1 q3 quantileMaxError quartilesSuppressed }';
const BENCHMARK = `query ($g: PeerGroupInput!) { benchmark(group: $g, cycleYear: 2024) { n suppressed minGroupSize ${STATISTICS} } }`;

interface Statistic {
  key: string;
  mean: number | null;
  meanError: { max: number } | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  quantileMaxError: number | null;
  quartilesSuppressed: string | null;
}
interface Published {
  n: number | null;
  suppressed: string | null;
  minGroupSize: number;
  statistics: Statistic[];
}

/** percentile_cont of sorted values, as PostgreSQL computes it. */
const percentile = (sorted: number[], p: number) => {
  const position = p * (sorted.length - 1);
  const below = sorted[Math.floor(position)]!;
  return below + (position - Math.floor(position)) * (sorted[Math.ceil(position)]! - below);
};

describe('cell key perturbation through the API', () => {
  let api: TestApi;
  let ministry: Session;
  let programme: ProgrammeEntity;
  let small: ProgrammeEntity;
  let mazoviaProgramme: ProgrammeEntity;
  let rural: OfficeEntity[];
  let urban: OfficeEntity[];
  let ruralOutside: OfficeEntity[];
  let mazovia: OfficeEntity[];
  /** Each office's score: every sub-criterion gets it, so it is also every criterion and the index. */
  const scores = new Map<string, number>();
  beforeAll(async () => {
    api = await startTestApi();
    const ds = api.db.dataSource;
    const make = async (
      count: number,
      facts: Partial<OfficeEntity>,
      score: (i: number) => number,
    ) => {
      const made: OfficeEntity[] = [];
      for (let i = 0; i < count; i += 1) {
        const office = await createOffice(ds, {
          ...facts,
          ...(facts.voivodeshipCode ? { teryt: `${facts.voivodeshipCode}01${10 + i}2` } : {}),
        });
        await createSubmittedAssessment(ds, office, { cycleYear: 2024, scoreOf: () => score(i) });
        scores.set(office.id, score(i));
        made.push(office);
      }
      return made;
    };
    // In the programme: 6 rural, 2 urban, 5 urban-rural gminas of Lower Silesia; outside: 6 rural.
    rural = await make(6, { jstType: 'GMINA_WIEJSKA' }, i => 40 + i);
    urban = await make(2, { jstType: 'GMINA_MIEJSKA' }, i => 70 + i);
    const urbanRural = await make(5, { jstType: 'GMINA_MIEJSKO_WIEJSKA' }, i => 55 + i);
    ruralOutside = await make(6, { jstType: 'GMINA_WIEJSKA' }, i => 20 + i);
    // Twelve rural gminas of Mazovia, two per point from 48 to 53: close enough for quartiles.
    mazovia = await make(12, { voivodeshipCode: '14' }, i => 48 + Math.floor(i / 2));
    programme = await createProgramme(ds, { minGroupSize: 5 });
    await addParticipants(ds, programme, [...rural, ...urban, ...urbanRural]);
    // v1 withheld this one and its rural part: 7 − 6 is one office (urban[0]).
    small = await createProgramme(ds, { minGroupSize: 5 });
    await addParticipants(ds, small, [...rural, urban[0]!]);
    // Exactly the Mazovian offices: one member set under several names.
    mazoviaProgramme = await createProgramme(ds, { minGroupSize: 5 });
    await addParticipants(ds, mazoviaProgramme, mazovia);
    ministry = await signInAs(api, [{ role: 'MINISTRY_ANALYST' }]);
  });
  afterAll(() => api.close());

  const ask = async (group: object) =>
    (await ministry.gql<{ benchmark: Published }>(BENCHMARK, { g: group })).data!.benchmark;

  /** Every published mean and quantile within its stated error of the true value of the members. */
  const expectWithinStatedErrors = (published: Published, members: OfficeEntity[]) => {
    const values = members.map(office => scores.get(office.id)!).sort((a, b) => a - b);
    const trueMean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(published).toMatchObject({ n: members.length, suppressed: null });
    expect(published.statistics).toHaveLength(10); // the index and the nine criteria
    for (const statistic of published.statistics) {
      expect(statistic.meanError!.max).toBeLessThanOrEqual(members.length >= 20 ? 1 : 3);
      expect(Math.abs(statistic.mean! - trueMean)).toBeLessThanOrEqual(statistic.meanError!.max);
      for (const [p, value] of [
        [0.25, statistic.q1],
        [0.5, statistic.median],
        [0.75, statistic.q3],
      ] as const) {
        if (value !== null) {
          expect(Math.abs(value - percentile(values, p))).toBeLessThanOrEqual(
            statistic.quantileMaxError!,
          );
        }
      }
    }
  };

  it('publishes nested groups one office apart (v1: DIFFERENCING), perturbed within their stated error', async () => {
    const whole = await ask({ programmeId: small.id });
    const ruralPart = await ask({ programmeId: small.id, jstType: 'GMINA_WIEJSKA' });
    expectWithinStatedErrors(whole, [...rural, urban[0]!]);
    expectWithinStatedErrors(ruralPart, rural);
    expectWithinStatedErrors(await ask({ jstType: 'GMINA_WIEJSKA' }), [
      ...rural,
      ...ruralOutside,
      ...mazovia,
    ]);
    // Fewer than k offices stay withheld: the two urban gminas of the programme.
    expect(await ask({ programmeId: programme.id, jstType: 'GMINA_MIEJSKA' })).toMatchObject({
      n: null,
      suppressed: 'BELOW_MIN_GROUP_SIZE',
    });
  });

  it('gives the same member set the same numbers however and however often it is asked', async () => {
    const NAMES = `query ($p: ID!) {
      byProgramme: benchmark(group: { programmeId: $p }, cycleYear: 2024) { n ${STATISTICS} }
      byVoivodeship: benchmark(group: { voivodeshipCode: "14" }, cycleYear: 2024) { n ${STATISTICS} }
      byThree: benchmark(group: { cafVersion: CAF_2020, jstType: GMINA_WIEJSKA, voivodeshipCode: "14" }, cycleYear: 2024) { n ${STATISTICS} }
      byProgrammeAndType: benchmark(group: { jstType: GMINA_WIEJSKA, programmeId: $p }, cycleYear: 2024) { n ${STATISTICS} }
    }`;
    const first = await ministry.gql<Record<string, { n: number; statistics: Statistic[] }>>(
      NAMES,
      {
        p: mazoviaProgramme.id,
      },
    );
    const answers = Object.values(first.data!);
    expect(answers).toHaveLength(4);
    for (const answer of answers) {
      expect(answer).toEqual(answers[0]);
    }
    expect(answers[0]!.n).toBe(12);
    // The quartiles of twelve scores 48, 48, 49, … 53 are published (none withheld as sparse).
    expect(answers[0]!.statistics.every(s => s.quartilesSuppressed === null)).toBe(true);
    const again = await ministry.gql(NAMES, { p: mazoviaProgramme.id });
    expect(again).toEqual(first);
    expectWithinStatedErrors(await ask({ voivodeshipCode: '14' }), mazovia);
  });

  it('gives two sets one office apart independent noise: their sums do not difference to its score', async () => {
    const whole = await ask({ programmeId: small.id }); // 6 rural gminas + urban[0]
    const ruralPart = await ask({ programmeId: small.id, jstType: 'GMINA_WIEJSKA' });
    const score = scores.get(urban[0]!.id)!;
    // Without perturbation n·mean is within n × 0.05 of the true sum (rounding), so the difference
    // of the two sums would give the office's score within (7 + 6) × 0.05 for every key. With
    // noise (the noise key is random per database) all ten keys land that close about once in 10⁵.
    const misses = whole.statistics.map((statistic, i) => {
      expect(ruralPart.statistics[i]!.key).toBe(statistic.key);
      return Math.abs(7 * statistic.mean! - 6 * ruralPart.statistics[i]!.mean! - score);
    });
    expect(misses.some(miss => miss > 13 * 0.05)).toBe(true);
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

  it('publishes perturbed block means under pseudonyms: stable within a benchmark, unrelated across programmes, no ids', async () => {
    const first = await mine.gql<Points>(DISTRIBUTION, { g: { programmeId: programmes[0]!.id } });
    const again = await mine.gql<Points>(DISTRIBUTION, { g: { programmeId: programmes[0]!.id } });
    const other = await mine.gql<Points>(DISTRIBUTION, { g: { programmeId: programmes[1]!.id } });
    const points = first.data!.benchmarkDistribution.points;
    expect(points).toHaveLength(12);
    // Values 30, 34, … 74 in blocks of ≥ 5: the lowest five show their perturbed mean (true 38),
    // the other seven theirs (true 62); each block's sum carries noise of at most 13 points.
    const values = points.map(p => p.value).sort((a, b) => a - b);
    const [low, high] = [values[0]!, values[11]!];
    expect(values).toEqual([...Array(5).fill(low), ...Array(7).fill(high)]);
    expect(Math.abs(low - 38)).toBeLessThanOrEqual(13 / 5 + 0.05);
    expect(Math.abs(high - 62)).toBeLessThanOrEqual(13 / 7 + 0.05);
    expect(points.filter(p => p.own)).toEqual([expect.objectContaining({ value: low })]);
    expect(again.data!.benchmarkDistribution.points).toEqual(points);
    // The same offices in another programme: the same blocks and noise under unrelated labels.
    const otherPoints = other.data!.benchmarkDistribution.points;
    expect(otherPoints.map(p => p.value).sort((a, b) => a - b)).toEqual(values);
    const pairs = (list: { label: string; value: number }[]) =>
      list.map(p => `${p.label}:${p.value}`).sort();
    expect(pairs(otherPoints)).not.toEqual(pairs(points));
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
