import { allSubCriterionCodes, CAF_VERSION_CODES, criterionOf } from '@caf/schema';

/**
 * Every number a benchmark publishes is rounded by one rule, half up (scores, counts and shares
 * are never negative, so this is also half away from zero), in exact integer arithmetic — never
 * on a floating-point sum, where a true 56.25 comes out as 56.2499… and is published as 56.2.
 *
 * Why integers suffice: a sub-criterion score has two decimals (numeric(5,2)), a criterion score
 * is the mean of at most MAX_SUB_CRITERIA of them and the CAF index the mean of at most 9
 * criteria. So every released score, although stored as a double, is a whole number of units of
 * 1 / SCORE_UNITS (100 × lcm(1…6) × lcm(1…9)); the double is within 10⁻⁶ of it, so rounding
 * score × SCORE_UNITS to the nearest integer recovers it exactly, and sums of units are exact.
 */
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcmUpTo = (n: number): number =>
  Array.from({ length: n }, (_, i) => i + 1).reduce((acc, i) => (acc * i) / gcd(acc, i), 1);

const MAX_SUB_CRITERIA = Math.max(
  ...CAF_VERSION_CODES.flatMap(version => {
    const perCriterion = new Map<number, number>();
    allSubCriterionCodes(version).forEach(code =>
      perCriterion.set(criterionOf(code), (perCriterion.get(criterionOf(code)) ?? 0) + 1),
    );
    return [...perCriterion.values()];
  }),
);
const CRITERIA = 9;

export const SCORE_UNITS = 100 * lcmUpTo(MAX_SUB_CRITERIA) * lcmUpTo(CRITERIA);
const UNITS = BigInt(SCORE_UNITS);

/** SQL: a released score as an exact whole number of units (bigint). */
export const unitsSql = (column: string): string => `round(${column} * ${SCORE_UNITS})::bigint`;

/** numerator / denominator rounded half away from zero, exactly (denominator > 0). */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const sign = numerator < 0n ? -1n : 1n;
  // BigInt division truncates, which is floor for the non-negative magnitude.
  return sign * ((2n * sign * numerator + denominator) / (2n * denominator));
}

/** The mean of `count` scores whose units add up to `units`, in tenths. */
export const meanInTenths = (units: bigint, count: number): bigint =>
  roundHalfUp(units * 10n, UNITS * BigInt(count));

export const tenthsToNumber = (tenths: bigint): number => Number(tenths) / 10;

/** A mean (or one score, count 1) to one decimal. */
export const meanToOneDecimal = (units: bigint, count = 1): number =>
  tenthsToNumber(meanInTenths(units, count));

/** count / n as a share 0–1 to three decimals. */
export const shareToThousandths = (count: number, n: number): number =>
  Number(roundHalfUp(BigInt(count) * 1000n, BigInt(n))) / 1000;
