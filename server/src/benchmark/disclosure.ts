/**
 * Statistical disclosure control for benchmarks (DOMAIN.md §4.2). Pure rules over group counts;
 * the SQL that feeds them lives in benchmark.queries.ts. The rules, in order:
 *
 * 1. Minimum group size (primary suppression): nothing is published over fewer than k offices
 *    (k per programme, default 5, never below 3). An office seeing its own group counts itself,
 *    so it still faces at least k − 1 unknown peers.
 * 2. Complementary suppression: a group is one cell of a partition of its parent group (drop
 *    one filter, split by that dimension). When the primary-suppressed cells of a partition add
 *    up to fewer than k offices, the smallest published cells are suppressed too, until the
 *    hidden cells together cover at least k — so parent − published cells never isolates fewer
 *    than k offices.
 * 3. Differencing: every group is checked this way against each of its parents, one filter at a
 *    time, so two publishable groups that are nested and differ by 1 … k−1 offices are never both
 *    published — the finer one is suppressed. The choice depends on counts only, so every way of
 *    asking (one group, a breakdown, a trend) suppresses the same cells.
 * 4. No minimum, maximum or other single-office statistic; P10/P90 only from 10 offices up.
 */
export const SuppressionReason = {
  BELOW_MIN_GROUP_SIZE: 'BELOW_MIN_GROUP_SIZE',
  COMPLEMENTARY: 'COMPLEMENTARY',
  PERCENTILES_NEED_LARGER_GROUP: 'PERCENTILES_NEED_LARGER_GROUP',
} as const;
export type SuppressionReason = (typeof SuppressionReason)[keyof typeof SuppressionReason];

/** k may be configured per programme but never below this floor. */
export const ABSOLUTE_MIN_GROUP_SIZE = 3;
export const DEFAULT_MIN_GROUP_SIZE = 5;
/** Tails of a distribution are near single values in small groups. */
export const MIN_GROUP_FOR_TAIL_PERCENTILES = 10;

export const effectiveK = (k: number): number => Math.max(k, ABSOLUTE_MIN_GROUP_SIZE);

export function primarySuppression(n: number, k: number): SuppressionReason | null {
  return n < effectiveK(k) ? SuppressionReason.BELOW_MIN_GROUP_SIZE : null;
}

export interface Cell {
  value: string;
  n: number;
}

/** Rule 2 for one partition: which cells are hidden, and why. Empty cells are not cells. */
export function suppressPartition(
  cells: readonly Cell[],
  k: number,
): Map<string, SuppressionReason> {
  const threshold = effectiveK(k);
  const hidden = new Map<string, SuppressionReason>();
  let hiddenTotal = 0;
  for (const cell of cells) {
    if (cell.n > 0 && cell.n < threshold) {
      hidden.set(cell.value, SuppressionReason.BELOW_MIN_GROUP_SIZE);
      hiddenTotal += cell.n;
    }
  }
  const published = cells
    .filter(cell => cell.n >= threshold)
    .sort((a, b) => a.n - b.n || a.value.localeCompare(b.value));
  for (const cell of published) {
    if (hiddenTotal === 0 || hiddenTotal >= threshold) {
      break;
    }
    hidden.set(cell.value, SuppressionReason.COMPLEMENTARY);
    hiddenTotal += cell.n;
  }
  return hidden;
}

/**
 * Rules 1–3 for one group: `partitions` holds, for each filter of the group, the partition of
 * its parent (the group without that filter) by that filter's dimension, and `ownValue` names the
 * group's cell in it.
 */
export function groupSuppression(
  n: number,
  k: number,
  partitions: readonly { ownValue: string; cells: readonly Cell[] }[],
): SuppressionReason | null {
  const primary = primarySuppression(n, k);
  if (primary) {
    return primary;
  }
  for (const { ownValue, cells } of partitions) {
    const reason = suppressPartition(cells, k).get(ownValue);
    if (reason) {
      return SuppressionReason.COMPLEMENTARY;
    }
  }
  return null;
}

export const tailPercentilesSuppression = (n: number): SuppressionReason | null =>
  n < MIN_GROUP_FOR_TAIL_PERCENTILES ? SuppressionReason.PERCENTILES_NEED_LARGER_GROUP : null;
