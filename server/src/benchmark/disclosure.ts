/**
 * Statistical disclosure control for benchmarks (DOMAIN.md §4.2). Pure rules over group counts;
 * counts-sql.ts computes the counts from the released snapshot of the cycle (released_score: a
 * cycle is published only once, frozen, so polling cannot difference out a newcomer). The rules:
 *
 * 1. Minimum group size (primary): nothing is published over fewer than k offices — k is the
 *    largest of the platform default (5), the programme's setting and the settings of every
 *    programme the group's members belong to, never below 3. Offices the viewer already knows
 *    (its own, its benchlearning partners) do not count towards the k − 1 unknown peers.
 * 2. Complementary suppression: a group is one cell of its parent's partition (drop one filter,
 *    split by it). When the small cells of that partition add up to fewer than k offices, the
 *    smallest published cells are suppressed too, so parent − published cells never isolates
 *    fewer than k offices.
 * 3. Differencing: against every coarser group (any subset of its filters) a group must differ
 *    by 0 or at least k offices; otherwise the finer group is suppressed.
 *    Decisions depend on counts only, so every way of asking suppresses the same cells.
 * 4. No minimum, maximum or single-office statistic: the median and quartiles need 10 offices,
 *    P10/P90 20 (in small groups they are close to single values), and distributions are
 *    microaggregated — each point is the mean of at least k offices.
 */
export const SuppressionReason = {
  BELOW_MIN_GROUP_SIZE: 'BELOW_MIN_GROUP_SIZE',
  COMPLEMENTARY: 'COMPLEMENTARY',
  DIFFERENCING: 'DIFFERENCING',
  CYCLE_NOT_RELEASED: 'CYCLE_NOT_RELEASED',
  NEEDS_LARGER_GROUP: 'NEEDS_LARGER_GROUP',
} as const;
export type SuppressionReason = (typeof SuppressionReason)[keyof typeof SuppressionReason];

/** k may be configured per programme but never below this floor. */
export const ABSOLUTE_MIN_GROUP_SIZE = 3;
export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MIN_GROUP_FOR_QUARTILES = 10;
export const MIN_GROUP_FOR_TAIL_PERCENTILES = 20;

export const effectiveK = (...ks: number[]): number => Math.max(ABSOLUTE_MIN_GROUP_SIZE, ...ks);

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

export interface GroupCounts {
  n: number;
  /** For each filter: its parent's partition, and which cell this group is. */
  partitions: readonly { ownValue: string; cells: readonly Cell[] }[];
  /** Sizes of the coarser groups (every proper subset of the filters). */
  ancestors: readonly number[];
  /** Members whose scores the viewer already knows. */
  known: number;
}

/** Rules 1–3 for one group. */
export function groupSuppression(counts: GroupCounts, k: number): SuppressionReason | null {
  const threshold = effectiveK(k);
  if (counts.n < threshold || counts.n - counts.known < threshold - 1) {
    return SuppressionReason.BELOW_MIN_GROUP_SIZE;
  }
  if (
    counts.partitions.some(({ ownValue, cells }) =>
      suppressPartition(cells, threshold).has(ownValue),
    )
  ) {
    return SuppressionReason.COMPLEMENTARY;
  }
  if (counts.ancestors.some(size => size - counts.n > 0 && size - counts.n < threshold)) {
    return SuppressionReason.DIFFERENCING;
  }
  return null;
}

export const quartilesSuppression = (n: number): SuppressionReason | null =>
  n < MIN_GROUP_FOR_QUARTILES ? SuppressionReason.NEEDS_LARGER_GROUP : null;

export const tailPercentilesSuppression = (n: number): SuppressionReason | null =>
  n < MIN_GROUP_FOR_TAIL_PERCENTILES ? SuppressionReason.NEEDS_LARGER_GROUP : null;

/**
 * Microaggregation (μ-ARGUS): sorted values in consecutive blocks of at least k, each value
 * replaced by its block's mean — the shape of the distribution without any single office's value.
 */
export function microaggregate(values: readonly number[], k: number): number[] {
  const threshold = effectiveK(k);
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length);
  const blocks = Math.max(1, Math.floor(order.length / threshold));
  for (let b = 0; b < blocks; b += 1) {
    // The last block takes the remainder, so every block has at least k values.
    const block = order.slice(b * threshold, b === blocks - 1 ? order.length : (b + 1) * threshold);
    const mean = block.reduce((sum, item) => sum + item.value, 0) / block.length;
    block.forEach(item => (result[item.index] = mean));
  }
  return result;
}
