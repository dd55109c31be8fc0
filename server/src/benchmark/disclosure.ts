import { ABSOLUTE_MIN_GROUP_SIZE } from '@caf/schema';
import { meanToOneDecimal } from './publication-rounding';

/**
 * Statistical disclosure control for benchmarks (docs/domain.md §4.2). A cycle is published once,
 * as a frozen snapshot (released_office, released_score), and at that moment group-lattice.ts
 * decides the verdict of every group that can be asked for (up to three filters), all together:
 *
 * 1. Minimum group size (primary): nothing is published over fewer than k offices. A group
 *    filtered by a programme starts from that programme's k (default 5; an admin may set it down
 *    to 3 for a small programme's own statistics), any other group from the platform default 5;
 *    either is raised to the largest k of the programmes the group's members belong to, so a
 *    lower k never reaches groups that are not the programme's own. At query time, offices the
 *    viewer already knows (its own, its benchlearning partners) do not count towards the k − 1
 *    unknown peers.
 * 2. Differencing: of any two published groups whose members are nested — by their filters or by
 *    coincidence — and differ by 1 … k−1 offices, the smaller is withheld.
 * 3. Complementary suppression: when a published group's cells along one dimension (voivodeship,
 *    type, bands, version) hide fewer than k offices between them, the smallest published cell is
 *    withheld too, so the group minus its published cells never isolates fewer than k offices.
 * 4. No minimum, maximum or single-office statistic: the median and quartiles need 10 offices,
 *    P10/P90 20 (in small groups they are close to single values), and distributions are
 *    microaggregated — each point is the mean of at least k offices.
 * 5. The viewer's own rank and gaps only in groups its office belongs to (benchmark-statistic.ts).
 *
 * Rules 2–3 are repeated until nothing changes. Every way of asking — one group, a breakdown, a
 * trend — reads the same stored verdicts, so no order of questions gets more out.
 */
export const SuppressionReason = {
  BELOW_MIN_GROUP_SIZE: 'BELOW_MIN_GROUP_SIZE',
  COMPLEMENTARY: 'COMPLEMENTARY',
  DIFFERENCING: 'DIFFERENCING',
  CYCLE_NOT_RELEASED: 'CYCLE_NOT_RELEASED',
  NEEDS_LARGER_GROUP: 'NEEDS_LARGER_GROUP',
} as const;
export type SuppressionReason = (typeof SuppressionReason)[keyof typeof SuppressionReason];

export { ABSOLUTE_MIN_GROUP_SIZE, DEFAULT_MIN_GROUP_SIZE } from '@caf/schema';
export const MIN_GROUP_FOR_QUARTILES = 10;
export const MIN_GROUP_FOR_TAIL_PERCENTILES = 20;

export const effectiveK = (...ks: number[]): number => Math.max(ABSOLUTE_MIN_GROUP_SIZE, ...ks);

export const quartilesSuppression = (n: number): SuppressionReason | null =>
  n < MIN_GROUP_FOR_QUARTILES ? SuppressionReason.NEEDS_LARGER_GROUP : null;

export const tailPercentilesSuppression = (n: number): SuppressionReason | null =>
  n < MIN_GROUP_FOR_TAIL_PERCENTILES ? SuppressionReason.NEEDS_LARGER_GROUP : null;

/**
 * Microaggregation (μ-ARGUS): sorted values (in units, publication-rounding.ts) in consecutive
 * blocks of at least k, each value replaced by its block's mean to one decimal — the shape of the
 * distribution without any single office's value.
 */
export function microaggregate(units: readonly bigint[], k: number): number[] {
  const threshold = effectiveK(k);
  const order = units
    .map((value, index) => ({ value, index }))
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const result = new Array<number>(units.length);
  const blocks = Math.max(1, Math.floor(order.length / threshold));
  for (let b = 0; b < blocks; b += 1) {
    // The last block takes the remainder, so every block has at least k values.
    const block = order.slice(b * threshold, b === blocks - 1 ? order.length : (b + 1) * threshold);
    const mean = meanToOneDecimal(
      block.reduce((sum, item) => sum + item.value, 0n),
      block.length,
    );
    block.forEach(item => (result[item.index] = mean));
  }
  return result;
}
