import {
  countNoise,
  meanErrorStatement,
  quantileNoiseBound,
  sumNoiseBound,
  triangular,
  uniformOf,
} from './noise';
import {
  MIN_GROUP_FOR_QUARTILES,
  quartilesSuppression,
  SuppressionReason,
  tailPercentilesSuppression,
} from './rules';
import {
  meanInTenths,
  roundHalfUp,
  SCORE_UNITS,
  shareToThousandths,
  tenthsToNumber,
} from './rounding';
import { QUANTILES, type StatisticRow } from './statistics-sql';

/** The cycle's facts a perturbation needs: the group's shared cell key and the noise key. */
export interface NoiseContext {
  cycleYear: number;
  groupCellKey: string;
  noiseKey: string;
}

export interface MeanError {
  /** Typical deviation of the published mean from the true one, points (from n only). */
  typical: number;
  /** The published mean is never further than this from the true one. */
  max: number;
}

export interface OwnPosition {
  score: number;
  percentileRank: number | null;
  gapToMedian: number | null;
  gapToTopQuartile: number | null;
}

/** One statistic as it may leave the server: perturbed values, or the reason they are withheld. */
export interface PublishedStatistic {
  key: string;
  n: number | null;
  suppressed: SuppressionReason | null;
  mean: number | null;
  meanError: MeanError | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  p10: number | null;
  p90: number | null;
  /** A published quantile is never further than this from the true one. */
  quantileMaxError: number | null;
  quartilesSuppressed: SuppressionReason | null;
  tailsSuppressed: SuppressionReason | null;
  levelShares: { level: number; share: number }[] | null;
  own: OwnPosition | null;
}

const points = (units: bigint | string | number): number => Number(units) / SCORE_UNITS;
const clampScore = (value: number): number => Math.min(100, Math.max(0, value));
const toTenths = (value: number): number =>
  tenthsToNumber(roundHalfUp(BigInt(Math.round(value * 1e6)), 100_000n));

/**
 * The published mean: the exact sum plus M·(0.8·T(shared) + 0.2·T(key)), where the shared draw
 * comes from the whole group's cell key — so the criteria, sub-criteria and index of one group
 * move together and averaging them tells nothing new — and the key's own draw from the cell key of
 * its contributors. Rounded half up to one decimal, within 0–100.
 */
function perturbedMean(row: StatisticRow, context: NoiseContext): number {
  const bound = sumNoiseBound(row.n, points(row.rangeUnits));
  const shared = triangular(
    uniformOf(context.noiseKey, context.cycleYear, context.groupCellKey, 'sum|shared'),
  );
  const own = triangular(
    uniformOf(context.noiseKey, context.cycleYear, row.cellKey, `sum|${row.key}`),
  );
  const noiseUnits = BigInt(Math.round(bound * (0.8 * shared + 0.2 * own) * SCORE_UNITS));
  const tenths = meanInTenths(BigInt(row.sumUnits) + noiseUnits, row.n);
  return Math.min(100, Math.max(0, tenthsToNumber(tenths)));
}

/**
 * A quantile with bounded noise, published only where the order statistics around it lie within
 * its noise of each other. Where they lie far apart, whether one more office lands below, between
 * or above them would show — in a nested pair of groups the quantile would be that office's
 * value — so there it is withheld (SPARSE_AROUND_QUANTILE).
 */
function perturbedQuantile(row: StatisticRow, context: NoiseContext, index: number): number | null {
  const bound = quantileNoiseBound(row.n);
  if (points(row.quantileSpreads[index]!) <= 2 * bound) {
    const u = uniformOf(
      context.noiseKey,
      context.cycleYear,
      row.cellKey,
      `q|${row.key}|${QUANTILES[index]}`,
    );
    return toTenths(clampScore(row.pct[index]! / SCORE_UNITS + bound * triangular(u)));
  }
  return null;
}

/** Band counts with p-table noise (unbiased, ±3 at most, never negative), as shares. */
function perturbedShares(
  row: StatisticRow,
  context: NoiseContext,
): { level: number; share: number }[] {
  const counts = row.bands.map(
    (count, level) =>
      count +
      countNoise(
        count,
        uniformOf(context.noiseKey, context.cycleYear, row.cellKey, `band|${row.key}|${level}`),
      ),
  );
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.map((count, level) => ({
    level,
    share: total > 0 ? shareToThousandths(count, total) : 0,
  }));
}

/**
 * The own rank from published values only: the own score placed on the curve through the
 * published quantiles (0 at 0 points, 100 at 100), to the nearest 5 %. Never a count of true
 * neighbours, which with public membership would tell how many named offices scored below.
 */
function rankAmongPublished(score: number, quantiles: (number | null)[]): number | null {
  const knots: [number, number][] = [[0, 0]];
  QUANTILES.forEach((p, i) => {
    const value = quantiles[i];
    if (value !== null && value !== undefined) {
      knots.push([Math.max(value, knots[knots.length - 1]![0]), p * 100]);
    }
  });
  if (knots.length < 2) {
    return null;
  }
  knots.push([100, 100]);
  const upper = knots.findIndex(([value]) => value >= score);
  const [x1, y1] = knots[upper]!;
  const [x0, y0] = knots[Math.max(0, upper - 1)]!;
  const rank = x1 === x0 ? y1 : y0 + ((score - x0) / (x1 - x0)) * (y1 - y0);
  return Math.round(rank / 5) * 5;
}

/**
 * Independent noise can swap two close quantiles (a median above Q3); sorting the published ones
 * restores the order without using anything unpublished. Each stays within the bound of its true
 * value, since the true quantiles are in order.
 */
function inOrder(values: (number | null)[]): (number | null)[] {
  const published = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  return values.map(value => (value === null ? null : published.shift()!));
}

const minus = (a: number, b: number | null): number | null => (b === null ? null : toTenths(a - b));

/**
 * The only way a statistic over confidential scores is published (rules.ts): withheld with its
 * reason when the group is (or this score has fewer than k values); otherwise perturbed values
 * and an error statement; the viewer's own score always, its position only in its own groups.
 */
export function publishStatistic(
  row: StatisticRow,
  group: { k: number; suppressed: SuppressionReason | null },
  context: NoiseContext | null,
): PublishedStatistic {
  const ownScore =
    row.ownUnits === null ? null : tenthsToNumber(meanInTenths(BigInt(row.ownUnits), 1));
  const ownAlone =
    ownScore === null
      ? null
      : { score: ownScore, percentileRank: null, gapToMedian: null, gapToTopQuartile: null };
  const suppressed =
    group.suppressed ??
    (context === null ? SuppressionReason.CYCLE_NOT_RELEASED : null) ??
    (row.n < group.k ? SuppressionReason.BELOW_MIN_GROUP_SIZE : null);
  const withheld: PublishedStatistic = {
    key: row.key,
    n: null,
    suppressed,
    mean: null,
    meanError: null,
    median: null,
    q1: null,
    q3: null,
    p10: null,
    p90: null,
    quantileMaxError: null,
    quartilesSuppressed: null,
    tailsSuppressed: null,
    levelShares: null,
    own: ownAlone,
  };
  if (suppressed || context === null) {
    return withheld;
  }
  const quartiles = quartilesSuppression(row.n);
  const tails = tailPercentilesSuppression(row.n);
  const [p10, q1, median, q3, p90] = inOrder(
    QUANTILES.map((_, i) =>
      (i === 0 || i === 4 ? tails : quartiles) ? null : perturbedQuantile(row, context, i),
    ),
  );
  const sparse = (values: (number | null | undefined)[], size: SuppressionReason | null) =>
    size ??
    (values.some(value => value === null) ? SuppressionReason.SPARSE_AROUND_QUANTILE : null);
  const error = meanErrorStatement(row.n);
  return {
    ...withheld,
    n: row.n,
    suppressed: null,
    mean: perturbedMean(row, context),
    meanError: error,
    median: median ?? null,
    q1: q1 ?? null,
    q3: q3 ?? null,
    p10: p10 ?? null,
    p90: p90 ?? null,
    quantileMaxError:
      row.n >= MIN_GROUP_FOR_QUARTILES ? toTenths(quantileNoiseBound(row.n) + 0.05) : null,
    quartilesSuppressed: sparse([q1, median, q3], quartiles),
    tailsSuppressed: sparse([p10, p90], tails),
    levelShares: tails ? null : perturbedShares(row, context),
    own:
      ownScore !== null && row.ownMember
        ? {
            score: ownScore,
            percentileRank: rankAmongPublished(ownScore, [
              p10 ?? null,
              q1 ?? null,
              median ?? null,
              q3 ?? null,
              p90 ?? null,
            ]),
            gapToMedian: minus(ownScore, median ?? null),
            gapToTopQuartile: minus(ownScore, q3 ?? null),
          }
        : ownAlone,
  };
}
