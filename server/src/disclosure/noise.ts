import { createHmac } from 'node:crypto';

/**
 * Cell key perturbation (docs/disclosure.md): every office of a released cycle holds a secret
 * random record key; a cell's key is the sum of its members' keys modulo 2^60, so the same member
 * set — however it was asked for — always draws the same noise, and sets that differ by one
 * office draw independent noise. Each statistic of a cell reads its own stream of that key.
 */
export const RECORD_KEY_MODULUS = 2n ** 60n;

/** A uniform number in [0, 1) for one stream of one cell: HMAC-SHA256 with the noise key, 48 bits. */
export function uniformOf(
  noiseKey: string,
  cycleYear: number,
  cellKey: string,
  stream: string,
): number {
  const digest = createHmac('sha256', noiseKey)
    .update(`${cycleYear}|${cellKey}|${stream}`)
    .digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

/**
 * The triangular distribution on [−1, 1] by inversion: mean 0, variance 1/6, density falling to
 * zero at the bounds — so intersecting many bounded intervals narrows them only slowly.
 */
export const triangular = (u: number): number =>
  u < 0.5 ? Math.sqrt(2 * u) - 1 : 1 - Math.sqrt(2 * (1 - u));

/** Standard deviation of the sum noise M·(0.8·T₁ + 0.2·T₂) with independent T, per unit of M. */
export const SUM_NOISE_SD_PER_BOUND = Math.sqrt((0.8 ** 2 + 0.2 ** 2) / 6);

/** How close every published mean and quantile is to the truth: ±1 point from 20 offices, ±3 below. */
export const accuracyTarget = (n: number): number => (n >= 20 ? 1 : 3);

/** Noise never spends the last 0.1 point of the target: rounding to one decimal needs 0.05. */
const noiseBudget = (n: number): number => accuracyTarget(n) - 0.1;

/** Floor and ceiling of the sum noise, in points: calibrated against the inference attack. */
export const SUM_NOISE_FLOOR = 13;
export const SUM_NOISE_CEILING = 20;

/**
 * The bound M of the noise on a cell's sum (points): scaled to the spread of its contributions
 * (30 % of their range, between the floor and the ceiling), never more than the accuracy target
 * allows for the mean. It does not shrink with n: differencing two large groups still meets noise
 * of the same size as differencing two small ones.
 */
export const sumNoiseBound = (n: number, rangePoints: number): number =>
  Math.min(
    n * noiseBudget(n),
    Math.min(SUM_NOISE_CEILING, Math.max(SUM_NOISE_FLOOR, 0.3 * rangePoints)),
  );

/** The bound of the noise on a quantile (points). */
export const quantileNoiseBound = (n: number): number => noiseBudget(n);

/**
 * Noise for a count of offices in a CAF band (the p-table of the ABS method): unbiased, at most
 * ±3, never below zero. Rows for counts 0, 1 and 2 keep the result non-negative.
 */
const COUNT_TABLE: readonly (readonly [number, number][])[] = [
  [[0, 1]],
  [
    [-1, 0.3],
    [0, 0.4],
    [1, 0.3],
  ],
  [
    [-2, 0.11],
    [-1, 0.22],
    [0, 0.34],
    [1, 0.22],
    [2, 0.11],
  ],
  [
    [-3, 0.03],
    [-2, 0.11],
    [-1, 0.22],
    [0, 0.28],
    [1, 0.22],
    [2, 0.11],
    [3, 0.03],
  ],
];

export function countNoise(count: number, u: number): number {
  const row = COUNT_TABLE[Math.min(count, COUNT_TABLE.length - 1)]!;
  let cumulative = 0;
  for (const [noise, probability] of row) {
    cumulative += probability;
    if (u < cumulative) {
      return noise;
    }
  }
  return row[row.length - 1]![0];
}

/** The largest noise bound a sum over n offices can get: what the public rule lets anyone know. */
export const largestSumNoiseBound = (n: number): number =>
  Math.min(n * noiseBudget(n), SUM_NOISE_CEILING);

/** The error statement of a mean over n offices: from n and the rule only, never from the data. */
export function meanErrorStatement(n: number): { typical: number; max: number } {
  const bound = largestSumNoiseBound(n);
  const roundUp = (value: number) => Math.ceil(value * 10 - 1e-9) / 10;
  return {
    typical: roundUp((SUM_NOISE_SD_PER_BOUND * bound) / n),
    max: roundUp(bound / n + 0.05),
  };
}
