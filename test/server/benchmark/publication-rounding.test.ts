import type { OfficeEntity } from '@caf/db';
import {
  meanToOneDecimal,
  percentileToWhole,
  rankToNearestFive,
  roundHalfUp,
  SCORE_UNITS,
  shareToThousandths,
} from '../../../server/src/benchmark/publication-rounding';
import { releaseCycle } from '../../../server/src/benchmark/release-verdicts';
import { type Session, signInAs, startTestApi, type TestApi } from '../../support/api';
import { createOffice, createSubmittedAssessment } from '../../support/fixtures';

const units = (score: number) => BigInt(Math.round(score * SCORE_UNITS));

describe('publication rounding: half up, exact', () => {
  it('rounds halves up and everything else to the nearest', () => {
    expect([5n, 4n, 6n, 15n, 25n].map(n => roundHalfUp(n, 10n))).toEqual([1n, 0n, 1n, 2n, 3n]);
    expect(roundHalfUp(-5n, 10n)).toBe(-1n); // half away from zero
  });

  it('puts every criterion and index mean on a whole number of units', () => {
    // Means of up to 6 two-decimal sub-criteria, and of up to 9 such criterion means.
    expect(SCORE_UNITS % (100 * 60 * 2520)).toBe(0);
    const criterion = (56 + 56.01 + 57.98) / 3; // 56.663333…
    expect(Math.abs(criterion * SCORE_UNITS - Number(units(criterion)))).toBeLessThan(1e-6);
  });

  it('publishes a true x.x5 mean and a .5 percentile rounded up, whatever the doubles say', () => {
    // Eight criterion means in thirds: exactly 56.25 on average, 56.24999999999999 in doubles.
    const thirds = [134, 153, 131, 150, 169, 147, 166, 300].map(sum => sum / 3);
    expect(thirds.reduce((a, b) => a + b) / 8).toBeLessThan(56.25);
    expect(
      meanToOneDecimal(
        thirds.map(units).reduce((a, b) => a + b),
        8,
      ),
    ).toBe(56.3);
    expect(percentileToWhole(54.49999999999999 * SCORE_UNITS)).toBe(55);
    expect(percentileToWhole(54.49 * SCORE_UNITS)).toBe(54);
    expect(shareToThousandths(1, 16)).toBe(0.063); // 0.0625
    expect(rankToNearestFive(1, 0, 8)).toBe(15); // 12.5 %
    expect(rankToNearestFive(1, 1, 10)).toBe(15); // 15 %
  });
});

/**
 * Constructed so that the exact statistic is a tie — 42 offices: criterion 4 (six sub-criteria,
 * so sixths) has a mean of exactly 56.25, which floating-point averaging gives as 56.2499…;
 * sub-criterion 6.1 has P90 = 50 + 0.9 × 5 = 54.5, which percentile_cont gives as 54.4999…;
 * 6.2 has a median of 56.5; the viewing office's criterion 1 is 56.25.
 */
describe('published numbers from constructed ties', () => {
  const OFFICES = 42;
  const CYCLE = 2024;
  let api: TestApi;
  let viewer: Session;

  /** Office i's criterion-4 total over its six sub-criteria: they add up to 42 × 6 × 56.25. */
  const criterion4Total = (i: number) =>
    i < OFFICES - 1
      ? 307 + ((37 + (i + 1) * 101) % 61)
      : OFFICES * 6 * 56.25 -
        Array.from({ length: OFFICES - 1 }, (_, j) => criterion4Total(j)).reduce((a, b) => a + b);

  const scoreOf = (i: number) => (code: string) => {
    const [criterion, sub] = code.split('.').map(Number) as [number, number];
    if (criterion === 4) {
      const total = criterion4Total(i);
      return Math.floor(total / 6) + (sub <= total % 6 ? 1 : 0);
    }
    if (code === '6.1') {
      return i < 37 ? 50 : 55;
    }
    if (code === '6.2') {
      return i < OFFICES / 2 ? 56 : 57;
    }
    if (criterion === 1 && i === 0) {
      return sub === 4 ? 57 : 56;
    }
    return 60;
  };

  beforeAll(async () => {
    api = await startTestApi();
    const ds = api.db.dataSource;
    const offices: OfficeEntity[] = [];
    for (let i = 0; i < OFFICES; i += 1) {
      const office = await createOffice(ds);
      await createSubmittedAssessment(ds, office, {
        cycleYear: CYCLE,
        scoreOf: scoreOf(i),
        release: false,
      });
      offices.push(office);
    }
    await ds.transaction(manager => releaseCycle(manager, CYCLE));
    viewer = await signInAs(api, [{ role: 'OFFICE_VIEWER', officeId: offices[0]!.id }]);
  });
  afterAll(() => api.close());

  it('rounds the mean, the percentiles, the own score and its gap half up', async () => {
    const result = await viewer.gql<{
      benchmark: {
        n: number;
        statistics: {
          key: string;
          mean: number;
          median: number;
          p90: number;
          own: { score: number; gapToMedian: number };
        }[];
      };
    }>(
      `{ benchmark(group: {}, cycleYear: ${CYCLE}, level: SUB_CRITERION) {
          n statistics { key mean median p90 own { score gapToMedian } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { n, statistics } = result.data!.benchmark;
    expect(n).toBe(OFFICES);
    const stat = (key: string) => statistics.find(s => s.key === key)!;
    expect(stat('4').mean).toBe(56.3);
    expect(stat('6.1').p90).toBe(55);
    expect(stat('6.2').median).toBe(57);
    expect(stat('1').own).toEqual({ score: 56.3, gapToMedian: -3.7 });
  });
});
