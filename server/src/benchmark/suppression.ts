/**
 * Statistical disclosure control, primary rule (DOMAIN.md §4.2): a statistic over fewer than k
 * offices is not published. A suppressed value carries the reason, never a bare null or zero.
 */
export const SuppressionReason = {
  BELOW_MIN_GROUP_SIZE: 'BELOW_MIN_GROUP_SIZE',
} as const;
export type SuppressionReason = (typeof SuppressionReason)[keyof typeof SuppressionReason];

/** k may be configured per programme but never below this floor. */
export const ABSOLUTE_MIN_GROUP_SIZE = 3;

export interface Suppressible<T> {
  value: T | null;
  suppressed: SuppressionReason | null;
}

export function applyMinGroupSize<T>(n: number, k: number, value: T): Suppressible<T> {
  const threshold = Math.max(k, ABSOLUTE_MIN_GROUP_SIZE);
  return n < threshold
    ? { value: null, suppressed: SuppressionReason.BELOW_MIN_GROUP_SIZE }
    : { value, suppressed: null };
}
