import { POPULATION_BANDS, STAFF_BANDS } from '../../../server/src/disclosure/groups';
import { type Session, signInDemo, startTestApi, type TestApi } from '../../support/api';
import { askEach } from '../../support/ask-each';

/**
 * An office user and a programme leader try every peer-group filter combination (up to three
 * filters at once, every value), distributions and every named-data route. The check is
 * structural: nothing is published over fewer than k offices (k − 1 of them unknown to the
 * asker), every distribution point stands for ≥ k offices, and named data stays with its office.
 * What an attacker can compute from the published (perturbed) numbers together — set
 * differences included, which v2 publishes by design — is inference-attack.test.ts's subject.
 */
const CYCLE = 2024;
const K = 5;
const DIMENSIONS = [
  'programmeId',
  'voivodeshipCode',
  'jstType',
  'populationBand',
  'staffBand',
] as const;
type Dimension = (typeof DIMENSIONS)[number];
type Filters = Partial<Record<Dimension, string>>;

interface OfficeFacts {
  id: string;
  teryt: string;
  voivodeshipCode: string;
  jstType: string;
  population: number;
  staffCount: number;
  programmes: string[];
  released: boolean;
}

const inBand = (bands: Record<string, readonly [number, number]>, band: string, value: number) =>
  value >= bands[band]![0] && value <= bands[band]![1];

const matches = (office: OfficeFacts, f: Filters): boolean =>
  office.released &&
  (!f.programmeId || office.programmes.includes(f.programmeId)) &&
  (!f.voivodeshipCode || office.voivodeshipCode === f.voivodeshipCode) &&
  (!f.jstType || office.jstType === f.jstType) &&
  (!f.populationBand || inBand(POPULATION_BANDS, f.populationBand, office.population)) &&
  (!f.staffBand || inBand(STAFF_BANDS, f.staffBand, office.staffCount));

/** Every combination of at most `most` dimensions, with every value of each. */
function combinations(values: Record<Dimension, string[]>, most: number): Filters[] {
  const result: Filters[] = [];
  const walk = (from: number, current: Filters, depth: number) => {
    result.push(current);
    if (depth === most) {
      return;
    }
    for (let d = from; d < DIMENSIONS.length; d += 1) {
      for (const value of values[DIMENSIONS[d]!]) {
        walk(d + 1, { ...current, [DIMENSIONS[d]!]: value }, depth + 1);
      }
    }
  };
  walk(0, {}, 0);
  return result;
}

describe('adversarial suite: no number from fewer than k offices, no named data', () => {
  let api: TestApi;
  let offices: OfficeFacts[];
  let values: Record<Dimension, string[]>;

  beforeAll(async () => {
    // Four connections, so the aliased benchmarks of one document run side by side in PostgreSQL;
    // still fewer than the aliases, so a request that held one while waiting for another would
    // starve and fail here too.
    api = await startTestApi({ demo: true, pool: { poolSize: 4 } });
    offices = await api.db.dataSource.query(
      `SELECT o.id, o.teryt, o.voivodeship_code AS "voivodeshipCode", o.jst_type AS "jstType", o.population,
              o.staff_count AS "staffCount",
              coalesce(array_agg(p.programme_id::text) FILTER (WHERE p.programme_id IS NOT NULL), '{}') AS programmes,
              EXISTS (SELECT 1 FROM released_score r WHERE r.office_id = o.id AND r.cycle_year = $1 AND r.key = 'INDEX') AS released
         FROM office o LEFT JOIN programme_participation p ON p.office_id = o.id GROUP BY o.id`,
      [CYCLE],
    );
    values = {
      programmeId: (await api.db.dataSource.query('SELECT id FROM programme')).map(
        (r: { id: string }) => r.id,
      ),
      voivodeshipCode: [...new Set(offices.map(o => o.voivodeshipCode))],
      jstType: [...new Set(offices.map(o => o.jstType))],
      populationBand: Object.keys(POPULATION_BANDS),
      staffBand: Object.keys(STAFF_BANDS),
    };
  });
  afterAll(() => api.close());

  /** Asks every combination; returns how many groups were published. */
  async function assertNothingBelowK(attacker: Session, own: string | null): Promise<number> {
    const asked = combinations(values, 3);
    const answers = await askEach<{
      n: number | null;
      minGroupSize: number;
      suppressed: string | null;
      statistics: { n: number | null; mean: number | null }[];
    }>(
      attacker.gql,
      {
        variables: '$g: PeerGroupInput!',
        field: `benchmark(group: $g, cycleYear: ${CYCLE}) { n minGroupSize suppressed statistics { n mean } }`,
      },
      asked.map(filters => ({ g: filters })),
    );
    let published = 0;
    asked.forEach((filters, i) => {
      const answer = answers[i]!;
      if (answer.errors) {
        expect(answer.errors[0]!.extensions!.code).toBe('FORBIDDEN'); // a programme not theirs
        return;
      }
      const { n, minGroupSize, suppressed, statistics } = answer.value;
      if (suppressed) {
        expect(n).toBeNull();
        expect(statistics.every(s => s.mean === null)).toBe(true);
        return;
      }
      // Membership is public: n is the register's count, with k − 1 offices the asker does not know.
      const members = offices.filter(o => matches(o, filters));
      expect(n).toBe(members.length);
      expect(minGroupSize).toBeGreaterThanOrEqual(3);
      expect(members.filter(o => o.id !== own).length).toBeGreaterThanOrEqual(minGroupSize - 1);
      expect(n).toBeGreaterThanOrEqual(minGroupSize);
      for (const statistic of statistics) {
        expect(statistic.mean === null || statistic.n! >= minGroupSize).toBe(true);
      }
      published += 1;
    });
    return published;
  }

  it('as an office user', async () => {
    const attacker = await signInDemo(api, 'OFFICE_EDITOR');
    const own = offices.find(o => o.teryt === '0202021')!.id;
    expect(await assertNothingBelowK(attacker, own)).toBeGreaterThan(10);
  });

  it('as a programme leader', async () => {
    const attacker = await signInDemo(api, 'PROGRAMME_LEADER');
    expect(await assertNothingBelowK(attacker, null)).toBeGreaterThan(10);
  });

  it('shows distributions only as blocks of at least k offices, with no ids', async () => {
    const attacker = await signInDemo(api, 'OFFICE_EDITOR');
    for (const filters of combinations(values, 1)) {
      for (const key of ['INDEX', '3']) {
        const result = await attacker.gql<{
          benchmarkDistribution: { points: { value: number }[] };
        }>(
          'query ($g: PeerGroupInput!, $k: String!) { benchmarkDistribution(group: $g, cycleYear: 2024, key: $k) { points { label value own } } }',
          { g: filters, k: key },
        );
        const points = result.data?.benchmarkDistribution.points ?? [];
        const perValue = new Map<number, number>();
        points.forEach(p => perValue.set(p.value, (perValue.get(p.value) ?? 0) + 1));
        expect([...perValue.values()].every(count => count >= K)).toBe(true);
        const text = JSON.stringify(result);
        expect(offices.some(o => text.includes(o.id) || text.includes(o.teryt))).toBe(false);
      }
    }
  });

  it('gives named data and other offices’ positions to nobody else', async () => {
    for (const role of [
      'OFFICE_EDITOR',
      'PROGRAMME_LEADER',
      'MINISTRY_ANALYST',
      'ADMIN',
    ] as const) {
      const attacker = await signInDemo(api, role);
      const own = role === 'OFFICE_EDITOR' ? offices.find(o => o.teryt === '0202021')!.id : null;
      for (const target of offices.filter(o => o.released && o.id !== own).slice(0, 6)) {
        for (const query of [
          'query ($o: ID!) { officeScores(officeId: $o, cycleYear: 2024) { scores { score } } }',
          'query ($o: ID!) { benchmark(group: {}, cycleYear: 2024, officeId: $o) { n } }',
          'query ($o: ID!) { benchmark(group: { likeMine: true }, cycleYear: 2024, officeId: $o) { n } }',
        ]) {
          const result = await attacker.gql(query, { o: target.id });
          expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
        }
      }
    }
  });
});
