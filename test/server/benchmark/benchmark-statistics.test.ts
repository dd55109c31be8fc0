import { allSubCriterionCodes, criterionOf } from '@caf/schema';
import type { OfficeEntity } from '@caf/db';
import { type Session, signInAs, startTestApi, type TestApi } from '../../support/api';
import { createOffice, createSubmittedAssessment } from '../../support/fixtures';

const BENCHMARK = `query ($group: PeerGroupInput!, $cycleYear: Int!, $level: ComparisonLevel) {
  benchmark(group: $group, cycleYear: $cycleYear, level: $level) {
    n minGroupSize suppressed comparisonLevel comparisonBasis cafVersions viewerOfficeId group { explanation { pl en } }
    statistics { key kind n suppressed mean meanError { typical max } median q1 q3 p10 p90 quantileMaxError
      quartilesSuppressed tailsSuppressed levelShares { level share }
      own { score percentileRank gapToMedian gapToTopQuartile } }
  }
}`;

interface Stat {
  key: string;
  n: number;
  suppressed: string | null;
  mean: number | null;
  meanError: { typical: number; max: number } | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  p10: number | null;
  p90: number | null;
  quantileMaxError: number | null;
  quartilesSuppressed: string | null;
  tailsSuppressed: string | null;
  levelShares: { level: number; share: number }[] | null;
  own: {
    score: number;
    percentileRank: number | null;
    gapToMedian: number | null;
    gapToTopQuartile: number | null;
  } | null;
}
interface BenchmarkData {
  benchmark: {
    n: number;
    suppressed: string | null;
    comparisonLevel: string;
    comparisonBasis: string;
    cafVersions: string[];
    viewerOfficeId: string;
    statistics: Stat[];
  };
}

/** Office i's score of a sub-criterion: spread out and uneven, with ties between offices 3 and 8. */
const scoreOf = (i: number) => (code: string) => {
  const base = [12, 25, 33, 47, 51, 58, 64, 72, 47, 90][i]!;
  return Math.min(100, base + ((Number(code.split('.')[1]) * 3 + Number(code.split('.')[0])) % 9));
};

// Independent reference implementations (not the SQL under test).
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
function percentileCont(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  return (
    sorted[lower]! +
    (sorted[Math.min(lower + 1, sorted.length - 1)]! - sorted[lower]!) * (position - lower)
  );
}
const round1 = (v: number) => Math.round(v * 10) / 10;
const criterionScore = (i: number, criterion: number) =>
  mean(
    allSubCriterionCodes('2020')
      .filter(code => criterionOf(code) === criterion)
      .map(scoreOf(i)),
  );
const indexScore = (i: number) =>
  mean(Array.from({ length: 9 }, (_, c) => criterionScore(i, c + 1)));

describe('benchmark statistics', () => {
  let api: TestApi;
  let offices: OfficeEntity[];
  let viewer: Session;
  beforeAll(async () => {
    api = await startTestApi();
    const ds = api.db.dataSource;
    offices = [];
    for (let i = 0; i < 10; i += 1) {
      offices.push(await createOffice(ds));
    }
    for (const [i, office] of offices.entries()) {
      await createSubmittedAssessment(ds, office, { cycleYear: 2024, scoreOf: scoreOf(i) });
      if (i < 9) {
        await createSubmittedAssessment(ds, office, {
          cycleYear: 2022,
          scoreOf: scoreOf(i),
          cafVersion: i < 5 ? '2013' : '2020',
        });
      }
      if (i < 5) {
        await createSubmittedAssessment(ds, office, {
          cycleYear: 2020,
          scoreOf: scoreOf(i),
          cafVersion: '2013',
        });
      }
      if (i < 4) {
        await createSubmittedAssessment(ds, office, {
          cycleYear: 2018,
          scoreOf: scoreOf(i),
          cafVersion: '2013',
        });
      }
    }
    viewer = await signInAs(api, [{ role: 'OFFICE_VIEWER', officeId: offices[3]!.id }]);
  });
  afterAll(() => api.close());

  const run = async (
    cycleYear: number,
    level = 'CRITERION',
    group: object = { jstType: 'GMINA_WIEJSKA' },
  ) => {
    const result = await viewer.gql<BenchmarkData>(BENCHMARK, { group, cycleYear, level });
    expect(result.errors).toBeUndefined();
    return result.data!.benchmark;
  };

  it('stays within its stated error of an independent computation, and says the same every time', async () => {
    const benchmark = await run(2024);
    expect(benchmark).toMatchObject({
      n: 10,
      suppressed: null,
      comparisonLevel: 'CRITERION',
      comparisonBasis: 'SINGLE_VERSION',
      viewerOfficeId: offices[3]!.id,
    });
    expect(benchmark.statistics.map(s => s.key)).toEqual([
      'INDEX',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    for (const stat of benchmark.statistics) {
      const values = Array.from({ length: 10 }, (_, i) =>
        stat.key === 'INDEX' ? indexScore(i) : criterionScore(i, Number(stat.key)),
      );
      const own = values[3]!;
      expect(stat).toMatchObject({
        n: 10,
        suppressed: null,
        // Tails of 10 offices sit next to single values: P10/P90 need 20.
        p10: null,
        p90: null,
        tailsSuppressed: 'NEEDS_LARGER_GROUP',
      });
      // Perturbed, but never further from the truth than stated, and the statement keeps the
      // accuracy target: ±3 points below 20 offices.
      expect(stat.meanError!.max).toBeLessThanOrEqual(3);
      expect(Math.abs(stat.mean! - mean(values))).toBeLessThanOrEqual(stat.meanError!.max);
      expect(stat.quantileMaxError).toBeLessThanOrEqual(3);
      for (const [published, p] of [
        [stat.q1, 0.25],
        [stat.median, 0.5],
        [stat.q3, 0.75],
      ] as const) {
        if (published === null) {
          expect(stat.quartilesSuppressed).toBe('SPARSE_AROUND_QUANTILE');
        } else {
          expect(Math.abs(published - percentileCont(values, p))).toBeLessThanOrEqual(
            stat.quantileMaxError!,
          );
        }
      }
      // The own score is its own data, exact; its position is read off the published values.
      expect(stat.own!.score).toBe(round1(own));
      const rank = stat.own!.percentileRank;
      expect(rank === null || (rank % 5 === 0 && rank >= 0 && rank <= 100)).toBe(true);
      expect(stat.own!.gapToMedian).toEqual(
        stat.median === null ? null : round1(round1(own) - stat.median),
      );
      expect(stat.levelShares).toBeNull(); // band histograms from 20 offices
    }
    expect(await run(2024)).toEqual(benchmark);
  });

  it('publishes the share of offices per CAF band from 20 offices', async () => {
    const ds = api.db.dataSource;
    const more = [];
    for (let i = 0; i < 10; i += 1) {
      more.push(await createOffice(ds));
    }
    const all = [...offices, ...more];
    for (const [i, office] of all.entries()) {
      await createSubmittedAssessment(ds, office, {
        cycleYear: 2016,
        scoreOf: scoreOf(i % 10),
        cafVersion: '2013',
      });
    }
    const index = (await run(2016)).statistics[0]!;
    const values = all.map((_, i) => indexScore(i % 10));
    const counts = [10.5, 30.5, 50.5, 70.5, 90.5, Infinity].map(
      (edge, b, edges) => values.filter(v => v < edge && (b === 0 || v >= edges[b - 1]!)).length,
    );
    expect(index.n).toBe(20);
    expect(index.levelShares).toHaveLength(6);
    const shares = index.levelShares!.map(s => s.share);
    // Counts carry p-table noise (at most ±3, unbiased, never negative); an empty band stays empty.
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    counts.forEach((count, band) => {
      expect(shares[band]).toBeGreaterThanOrEqual(0);
      if (count === 0) {
        expect(shares[band]).toBe(0);
      }
    });
  });

  it('withholds median and quartiles below 10 offices, where with the own score they would pin values', async () => {
    const stat = (await run(2022)).statistics[0]!;
    expect(stat).toMatchObject({
      n: 9,
      median: null,
      q1: null,
      q3: null,
      quartilesSuppressed: 'NEEDS_LARGER_GROUP',
    });
    expect(stat.mean).not.toBeNull();
    // Without published quantiles there is nothing to read a position off.
    expect(stat.own).toMatchObject({ gapToMedian: null, percentileRank: null });
  });

  it('suppresses at k − 1 offices and publishes at k, keeping the own score visible', async () => {
    const atK = await run(2020);
    expect(atK).toMatchObject({ n: 5, suppressed: null });
    const below = await run(2018);
    expect(below).toMatchObject({ n: null, suppressed: 'BELOW_MIN_GROUP_SIZE' });
    for (const stat of below.statistics) {
      expect(stat).toMatchObject({
        n: null,
        mean: null,
        median: null,
        q1: null,
        q3: null,
        levelShares: null,
        suppressed: 'BELOW_MIN_GROUP_SIZE',
      });
      expect(stat.own).toMatchObject({
        score: expect.any(Number),
        percentileRank: null,
        gapToMedian: null,
      });
    }
  });

  it('compares sub-criteria within one CAF version only, and says so', async () => {
    const single = await run(2024, 'SUB_CRITERION');
    expect(single).toMatchObject({
      comparisonLevel: 'SUB_CRITERION',
      comparisonBasis: 'SINGLE_VERSION',
    });
    expect(single.statistics).toHaveLength(1 + 9 + 28);
    const mixed = await run(2022, 'SUB_CRITERION');
    expect(mixed).toMatchObject({
      comparisonLevel: 'CRITERION',
      comparisonBasis: 'MIXED_2013_2020',
      cafVersions: ['CAF_2013', 'CAF_2020'],
    });
    expect(mixed.statistics).toHaveLength(10);
  });

  it('costs a constant number of SQL statements for all 28 sub-criteria (no N+1)', async () => {
    api.db.queries.reset();
    await run(2024, 'CRITERION');
    const criteria = api.db.queries.count;
    api.db.queries.reset();
    await run(2024, 'SUB_CRITERION');
    expect(api.db.queries.count).toBe(criteria);
    // session, known offices (benchlearning partners), disclosure counts, summary, statistics
    expect(criteria).toBeLessThanOrEqual(5);
  });

  it('shows the position of the viewer’s own office only', async () => {
    const other = await viewer.gql(
      'query ($o: ID!) { benchmark(group: {}, cycleYear: 2024, officeId: $o) { n } }',
      { o: offices[5]!.id },
    );
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const ministry = await signInAs(api, [{ role: 'MINISTRY_ANALYST' }]);
    const likeMine = await ministry.gql(
      '{ benchmark(group: { likeMine: true }, cycleYear: 2024) { n } }',
    );
    expect(likeMine.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const anonymous = await ministry.gql<BenchmarkData>(BENCHMARK, { group: {}, cycleYear: 2024 });
    expect(anonymous.data!.benchmark.statistics.every(s => s.own === null)).toBe(true);
  });
});
