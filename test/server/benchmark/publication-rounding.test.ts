import type { OfficeEntity } from '@caf/db';
import {
  meanToOneDecimal,
  roundHalfUp,
  SCORE_UNITS,
  shareToThousandths,
} from '../../../server/src/disclosure/rounding';
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

  it('rounds a true x.x5 mean up, whatever the doubles say', () => {
    // Eight criterion means in thirds: exactly 56.25 on average, 56.24999999999999 in doubles.
    const thirds = [134, 153, 131, 150, 169, 147, 166, 300].map(sum => sum / 3);
    expect(thirds.reduce((a, b) => a + b) / 8).toBeLessThan(56.25);
    expect(
      meanToOneDecimal(
        thirds.map(units).reduce((a, b) => a + b),
        8,
      ),
    ).toBe(56.3);
    expect(shareToThousandths(1, 16)).toBe(0.063); // 0.0625
  });
});

/**
 * Constructed so that exact statistics are ties — 42 offices: criterion 4 (six sub-criteria, so
 * sixths) has a mean of exactly 56.25, which floating-point averaging gives as 56.2499…; the
 * viewing office's criterion 1 is 56.25. Published means are perturbed (docs/disclosure.md), so
 * the API shows the exact rounding on the own score, and the mean within its stated error.
 */
describe('published numbers from constructed ties', () => {
  const OFFICES = 42;
  const CYCLE = 2024;
  let api: TestApi;
  let viewer: Session;

  /** Office i's criterion-4 total over its six sub-criteria: they add up to 42 × 6 × 56.25. */
  const criterion4Total = (i: number): number =>
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

  it('rounds the own score half up exactly, and keeps the mean within its stated error', async () => {
    const result = await viewer.gql<{
      benchmark: {
        n: number;
        statistics: {
          key: string;
          mean: number;
          meanError: { max: number };
          own: { score: number };
        }[];
      };
    }>(
      `{ benchmark(group: {}, cycleYear: ${CYCLE}) {
          n statistics { key mean meanError { max } own { score } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { n, statistics } = result.data!.benchmark;
    expect(n).toBe(OFFICES);
    const stat = (key: string) => statistics.find(s => s.key === key)!;
    expect(stat('1').own.score).toBe(56.3);
    expect(stat('4').meanError.max).toBeLessThanOrEqual(1);
    expect(Math.abs(stat('4').mean - 56.25)).toBeLessThanOrEqual(stat('4').meanError.max);
  });
});
