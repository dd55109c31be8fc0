import type { CafVersionCode } from '@caf/schema';
import { describeKey } from './benchmark-text';
import type { BenchmarkStatistic } from './benchmark.types';
import {
  quartilesSuppression,
  type SuppressionReason,
  tailPercentilesSuppression,
} from './disclosure';
import {
  meanInTenths,
  meanToOneDecimal,
  percentileToWhole,
  rankToNearestFive,
  shareToThousandths,
  tenthsToNumber,
} from './publication-rounding';
import type { StatisticRow } from './statistics-sql';

/**
 * One statistic as published: withheld with its reason when the group is (or this score has
 * fewer than k values); median and quartiles from 10 offices, P10/P90 from 20, as whole numbers
 * (order statistics are close to single values); means to one decimal. The viewer's own score is
 * its own data and always shown. Its position (rank to the nearest 5 %, gaps) only in a published
 * group its office belongs to: in any other group, whose members are public, the rank of a known
 * value would count named offices above and below it.
 */
export function toStatistic(
  row: StatisticRow,
  group: { k: number; suppressed: SuppressionReason | null },
  version: CafVersionCode | undefined,
): BenchmarkStatistic {
  const { name, kind } = describeKey(row.key, version);
  const ownTenths = row.ownUnits === null ? null : meanInTenths(BigInt(row.ownUnits), 1);
  const ownAlone =
    ownTenths === null
      ? null
      : {
          score: tenthsToNumber(ownTenths),
          percentileRank: null,
          gapToMedian: null,
          gapToTopQuartile: null,
        };
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
      own: ownAlone,
    };
  }
  const [p10, q1, median, q3, p90] = row.pct.map(percentileToWhole) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const quartiles = quartilesSuppression(row.n);
  const tails = tailPercentilesSuppression(row.n);
  return {
    ...base,
    n: row.n,
    suppressed: null,
    mean: meanToOneDecimal(BigInt(row.sumUnits), row.n),
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
          share: shareToThousandths(count, row.n),
        })),
    own:
      ownAlone && ownTenths !== null && row.ownMember
        ? {
            ...ownAlone,
            percentileRank: rankToNearestFive(row.below, row.equal, row.n),
            gapToMedian: quartiles ? null : gap(ownTenths, median),
            gapToTopQuartile: quartiles ? null : gap(ownTenths, q3),
          }
        : ownAlone,
  };
}

/** The own score (in tenths) minus a whole-number statistic, exactly. */
const gap = (ownTenths: bigint, statistic: number): number =>
  tenthsToNumber(ownTenths - BigInt(statistic) * 10n);
