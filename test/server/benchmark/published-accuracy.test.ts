import {
  FILTER_KEYS,
  type GroupFilters,
  type LatticeOffice,
  POPULATION_BANDS,
  readCycleFacts,
  readStatistics,
  STAFF_BANDS,
} from '../../../server/src/disclosure';
import { signInDemo, startTestApi } from '../../support/api';
import { createTestDatabase, type TestDatabase } from '../../support/database';

const CYCLE = 2024;

type Office = LatticeOffice;

/** The filters of a stored group key ("jstType=GMINA_MIEJSKA&voivodeshipCode=02"). */
const filtersOf = (groupKey: string): GroupFilters =>
  Object.fromEntries(groupKey ? groupKey.split('&').map(pair => pair.split('=')) : []);

const within = (bands: Record<string, readonly [number, number]>, band: string, value: number) =>
  value >= bands[band]![0] && value <= bands[band]![1];

/** Membership computed here, independently of the gate's SQL. */
function isMember(office: Office, group: GroupFilters): boolean {
  return FILTER_KEYS.every(key => {
    const wanted = group[key];
    switch (key) {
      case 'programmeId':
        return !wanted || office.programmeIds.includes(wanted);
      case 'populationBand':
        return !wanted || within(POPULATION_BANDS, wanted, office.population);
      case 'staffBand':
        return !wanted || within(STAFF_BANDS, wanted, office.staffCount);
      default:
        return !wanted || office[key] === wanted;
    }
  });
}

const percentile = (sorted: number[], p: number): number => {
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
};

/**
 * The accuracy promise of disclosure control v2, over every askable group of the demo's 2024
 * cycle: each published mean within ±1 point of the true mean from 20 offices and ±3 from k, within
 * its own error statement; each published quantile within the same bounds; every group of at
 * least k offices published.
 */
describe('published values against the true values, every askable group of a demo cycle', () => {
  let db: TestDatabase;
  let offices: Office[];
  let scores: Map<string, Map<string, number>>;
  let groups: { groupKey: string; n: number; k: number; suppressed: string | null }[];
  beforeAll(async () => {
    db = await createTestDatabase({ demo: true });
    offices = await db.dataSource.query(
      `SELECT office_id AS "officeId", voivodeship_code AS "voivodeshipCode", jst_type::text AS "jstType",
              population, staff_count AS "staffCount", caf_version::text AS "cafVersion",
              programme_ids::text[] AS "programmeIds"
         FROM released_office WHERE cycle_year = $1`,
      [CYCLE],
    );
    const rows: { officeId: string; key: string; score: number }[] = await db.dataSource.query(
      `SELECT office_id AS "officeId", key, score FROM released_score
        WHERE cycle_year = $1 AND key NOT LIKE '%.%'`,
      [CYCLE],
    );
    scores = new Map();
    for (const row of rows) {
      scores.set(row.key, (scores.get(row.key) ?? new Map()).set(row.officeId, row.score));
    }
    groups = await db.dataSource.query(
      `SELECT group_key AS "groupKey", n, k, suppressed FROM released_group WHERE cycle_year = $1`,
      [CYCLE],
    );
  });
  afterAll(() => db.drop());

  it('publishes every group of at least k offices', () => {
    const large = groups.filter(group => group.n >= group.k);
    expect(large.length).toBeGreaterThan(100);
    expect(large.filter(group => group.suppressed !== null)).toEqual([]);
  });

  it('keeps every published mean and quantile within its promise and its error statement', async () => {
    let checkedMeans = 0;
    let checkedQuantiles = 0;
    for (const group of groups.filter(g => g.suppressed === null)) {
      const filters = filtersOf(group.groupKey);
      const members = offices.filter(office => isMember(office, filters));
      expect(members).toHaveLength(group.n);
      const facts = await readCycleFacts(db.dataSource, filters, [CYCLE], []);
      const published = await readStatistics(db.dataSource, filters, facts, {
        subCriteria: false,
        ownOfficeId: null,
      });
      for (const { statistic } of published) {
        const values = members.map(m => scores.get(statistic.key)!.get(m.officeId)!);
        const truth = values.reduce((a, b) => a + b, 0) / values.length;
        const promise = group.n >= 20 ? 1 : 3;
        expect(statistic.meanError!.max).toBeLessThanOrEqual(promise);
        expect(Math.abs(statistic.mean! - truth)).toBeLessThanOrEqual(statistic.meanError!.max);
        checkedMeans += 1;
        const sorted = [...values].sort((a, b) => a - b);
        const quantiles = [
          [statistic.p10, 0.1],
          [statistic.q1, 0.25],
          [statistic.median, 0.5],
          [statistic.q3, 0.75],
          [statistic.p90, 0.9],
        ] as const;
        for (const [value, p] of quantiles) {
          if (value !== null) {
            expect(Math.abs(value - percentile(sorted, p))).toBeLessThanOrEqual(promise);
            checkedQuantiles += 1;
          }
        }
      }
    }
    expect(checkedMeans).toBeGreaterThan(1000);
    expect(checkedQuantiles).toBeGreaterThan(0);
  });
});

describe('what Urząd Miasta Dzierżoniów asks first', () => {
  it('gets its voivodeship, its JST type and offices like it, all published', async () => {
    const api = await startTestApi({ demo: true });
    try {
      const office = await signInDemo(api, 'OFFICE_EDITOR');
      const result = await office.gql<
        Record<string, { n: number | null; suppressed: string | null }>
      >(
        `{ voivodeship: benchmark(cycleYear: ${CYCLE}, group: { voivodeshipCode: "02" }) { n suppressed }
           jstType: benchmark(cycleYear: ${CYCLE}, group: { jstType: GMINA_MIEJSKA }) { n suppressed }
           likeMine: benchmark(cycleYear: ${CYCLE}, group: { likeMine: true }) { n suppressed } }`,
      );
      expect(result.errors).toBeUndefined();
      for (const answer of Object.values(result.data!)) {
        expect(answer).toEqual({ n: expect.any(Number), suppressed: null });
      }
    } finally {
      await api.close();
    }
  });
});
