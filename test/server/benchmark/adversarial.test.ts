import { POPULATION_BANDS } from '../../../server/src/benchmark/peer-group';
import { type Session, signInDemo, startTestApi, type TestApi } from '../../support/api';

/**
 * An office user and a programme leader try every peer-group filter combination, and every
 * named-data query, to learn another office's CAF score. The check is structural: from the
 * groups the API publishes (with their sizes), no set difference — nested groups, or a parent
 * minus its published cells — may leave a single office the attacker does not already know.
 */
const CYCLE = 2024;
const K = 5;

interface OfficeFacts {
  id: string;
  name: string;
  teryt: string;
  voivodeshipCode: string;
  jstType: string;
  population: number;
  programmes: string[];
  submitted: boolean;
}

type Filters = {
  programmeId?: string;
  voivodeshipCode?: string;
  jstType?: string;
  populationBand?: keyof typeof POPULATION_BANDS;
};

const matches = (office: OfficeFacts, f: Filters): boolean =>
  office.submitted &&
  (!f.programmeId || office.programmes.includes(f.programmeId)) &&
  (!f.voivodeshipCode || office.voivodeshipCode === f.voivodeshipCode) &&
  (!f.jstType || office.jstType === f.jstType) &&
  (!f.populationBand ||
    (office.population >= POPULATION_BANDS[f.populationBand][0] &&
      office.population <= POPULATION_BANDS[f.populationBand][1]));

const options = <T>(values: T[]): (T | undefined)[] => [undefined, ...values];

describe('adversarial suite: no query combination reveals another office’s score', () => {
  let api: TestApi;
  let offices: OfficeFacts[];
  let programmeIds: string[];

  beforeAll(async () => {
    api = await startTestApi({ demo: true });
    offices = await api.db.dataSource.query(
      `SELECT o.id, o.name, o.teryt, o.voivodeship_code AS "voivodeshipCode", o.jst_type AS "jstType", o.population,
              coalesce(array_agg(p.programme_id::text) FILTER (WHERE p.programme_id IS NOT NULL), '{}') AS programmes,
              EXISTS (SELECT 1 FROM caf_assessment a WHERE a.office_id = o.id AND a.cycle_year = $1 AND a.status = 'SUBMITTED') AS submitted
         FROM office o LEFT JOIN programme_participation p ON p.office_id = o.id GROUP BY o.id`,
      [CYCLE],
    );
    programmeIds = (await api.db.dataSource.query('SELECT id FROM programme')).map(
      (r: { id: string }) => r.id,
    );
  });
  afterAll(() => api.close());

  async function publishedGroups(
    attacker: Session,
  ): Promise<{ filters: Filters; members: Set<string> }[]> {
    const published: { filters: Filters; members: Set<string> }[] = [];
    const voivodeships = [...new Set(offices.map(o => o.voivodeshipCode))];
    const types = [...new Set(offices.map(o => o.jstType))];
    for (const programmeId of options(programmeIds)) {
      for (const voivodeshipCode of options(voivodeships)) {
        for (const jstType of options(types)) {
          for (const populationBand of options(
            Object.keys(POPULATION_BANDS) as (keyof typeof POPULATION_BANDS)[],
          )) {
            const filters: Filters = Object.fromEntries(
              Object.entries({ programmeId, voivodeshipCode, jstType, populationBand }).filter(
                ([, v]) => v !== undefined,
              ),
            );
            const members = offices.filter(o => matches(o, filters));
            const result = await attacker.gql<{
              benchmark: {
                n: number;
                suppressed: string | null;
                statistics: { mean: number | null }[];
              };
            }>(
              'query ($g: PeerGroupInput!, $c: Int!) { benchmark(group: $g, cycleYear: $c) { n suppressed statistics { mean } } }',
              { g: filters, c: CYCLE },
            );
            if (result.errors) {
              expect(result.errors[0]!.extensions!.code).toBe('FORBIDDEN'); // a programme not theirs
              continue;
            }
            const { n, suppressed, statistics } = result.data!.benchmark;
            expect(n).toBe(members.length);
            if (suppressed) {
              expect(statistics.every(s => s.mean === null)).toBe(true);
            } else {
              expect(n).toBeGreaterThanOrEqual(K);
              published.push({ filters, members: new Set(members.map(o => o.id)) });
            }
          }
        }
      }
    }
    return published;
  }

  /** Offices the attacker does not know, left over when `inner` (a union of published groups) is removed from `outer`. */
  const unknownRemainder = (outer: Set<string>, inner: Set<string>, own: string | null) =>
    [...outer].filter(id => !inner.has(id) && id !== own).length;

  async function assertNothingIsolated(attacker: Session, own: string | null): Promise<number> {
    const published = await publishedGroups(attacker);
    expect(published.length).toBeGreaterThan(5);
    for (const outer of published) {
      // Nested pairs.
      for (const inner of published) {
        if (inner !== outer && [...inner.members].every(id => outer.members.has(id))) {
          const remainder = unknownRemainder(outer.members, inner.members, own);
          expect(remainder === 0 || remainder >= K - 1).toBe(true);
        }
      }
      // A parent minus all its published cells along one dimension.
      for (const dimension of [
        'programmeId',
        'voivodeshipCode',
        'jstType',
        'populationBand',
      ] as const) {
        if (outer.filters[dimension]) {
          continue;
        }
        const cells = published.filter(
          g =>
            g.filters[dimension] !== undefined &&
            Object.entries(outer.filters).every(
              ([key, value]) => (g.filters as Record<string, unknown>)[key] === value,
            ) &&
            Object.keys(g.filters).length === Object.keys(outer.filters).length + 1,
        );
        const covered = new Set(cells.flatMap(cell => [...cell.members]));
        const remainder = unknownRemainder(outer.members, covered, own);
        if (dimension !== 'programmeId') {
          expect(remainder === 0 || remainder >= K - 1).toBe(true);
        }
      }
    }
    return published.length;
  }

  it('as an office user', async () => {
    const attacker = await signInDemo(api, 'OFFICE_EDITOR');
    const own = offices.find(o => o.teryt === '0202021')!.id;
    expect(await assertNothingIsolated(attacker, own)).toBeGreaterThan(0);
  });

  it('as a programme leader', async () => {
    const attacker = await signInDemo(api, 'PROGRAMME_LEADER');
    expect(await assertNothingIsolated(attacker, null)).toBeGreaterThan(0);
  });

  it('named data, own-position and pseudonym routes give nothing away', async () => {
    for (const role of [
      'OFFICE_EDITOR',
      'PROGRAMME_LEADER',
      'MINISTRY_ANALYST',
      'ADMIN',
    ] as const) {
      const attacker = await signInDemo(api, role);
      const own = role === 'OFFICE_EDITOR' ? offices.find(o => o.teryt === '0202021')!.id : null;
      for (const target of offices.filter(o => o.submitted && o.id !== own).slice(0, 8)) {
        const named = await attacker.gql(
          'query ($o: ID!) { officeScores(officeId: $o, cycleYear: 2024) { scores { score } } }',
          { o: target.id },
        );
        expect(named.errors![0]!.extensions!.code).toBe('FORBIDDEN');
        const position = await attacker.gql(
          'query ($o: ID!) { benchmark(group: {}, cycleYear: 2024, officeId: $o) { n } }',
          { o: target.id },
        );
        expect(position.errors![0]!.extensions!.code).toBe('FORBIDDEN');
        const likeTarget = await attacker.gql(
          'query ($o: ID!) { benchmark(group: { likeMine: true }, cycleYear: 2024, officeId: $o) { n } }',
          { o: target.id },
        );
        expect(likeTarget.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      }
      const distribution = await attacker.gql(
        '{ benchmarkDistribution(group: {}, cycleYear: 2024, key: "INDEX") { points { label value own } } }',
      );
      const text = JSON.stringify(distribution);
      for (const office of offices) {
        expect(text).not.toContain(office.id);
        expect(text).not.toContain(office.teryt);
      }
    }
  });
});
