import type { CafVersionCode } from '@caf/schema';
import { describeKey } from './benchmark-text';
import type { BenchmarkStatistic } from './benchmark.types';
import {
  quartilesSuppression,
  type SuppressionReason,
  tailPercentilesSuppression,
} from './disclosure';
import type { StatisticRow } from './statistics-sql';

const round1 = (value: number): number => Math.round(value * 10) / 10;
/** Order statistics are (close to) single values: published as whole numbers only. */
const whole = (value: number): number => Math.round(value);
/** The own rank to the nearest 5 %, so that it does not pin a neighbour's value. */
const nearest5 = (value: number): number => Math.round(value / 5) * 5;

/**
 * One statistic as published: withheld with its reason when the group is (or this score has
 * fewer than k values); median and quartiles from 10 offices, P10/P90 from 20. The viewer's own
 * score is its own data and always shown; its rank only when the group is published.
 */
export function toStatistic(
  row: StatisticRow,
  group: { k: number; suppressed: SuppressionReason | null },
  version: CafVersionCode | undefined,
): BenchmarkStatistic {
  const { name, kind } = describeKey(row.key, version);
  const ownScore = row.own === null ? null : round1(row.own);
  const suppressed = group.suppressed ?? (row.n < group.k ? 'BELOW_MIN_GROUP_SIZE' : null);
  const base = { key: row.key, kind, name };
  if (suppressed) {
    return {
      ...base,
      n: null,
      suppressed,
      mean: null,
      median: null,
      q1: null,
      q3: null,
      p10: null,
      p90: null,
      quartilesSuppressed: null,
      tailsSuppressed: null,
      levelShares: null,
      own:
        ownScore === null
          ? null
          : { score: ownScore, percentileRank: null, gapToMedian: null, gapToTopQuartile: null },
    };
  }
  const [p10, q1, median, q3, p90] = row.pct.map(whole) as [number, number, number, number, number];
  const quartiles = quartilesSuppression(row.n);
  const tails = tailPercentilesSuppression(row.n);
  return {
    ...base,
    n: row.n,
    suppressed: null,
    mean: round1(row.mean),
    median: quartiles ? null : median,
    q1: quartiles ? null : q1,
    q3: quartiles ? null : q3,
    p10: tails ? null : p10,
    p90: tails ? null : p90,
    quartilesSuppressed: quartiles,
    tailsSuppressed: tails,
    // A band histogram of a small group says too much about each member: from 20 offices only.
    levelShares: tails
      ? null
      : row.bands.map((count, level) => ({
          level,
          share: Math.round((count / row.n) * 1000) / 1000,
        })),
    own:
      ownScore === null
        ? null
        : {
            score: ownScore,
            percentileRank: nearest5(((row.below + row.equal / 2) / row.n) * 100),
            gapToMedian: quartiles ? null : round1(ownScore - median),
            gapToTopQuartile: quartiles ? null : round1(ownScore - q3),
          },
  };
}
