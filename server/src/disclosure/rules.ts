import { ABSOLUTE_MIN_GROUP_SIZE } from '@caf/schema';

/**
 * Statistical disclosure control for benchmarks (docs/disclosure.md). A cycle is published once,
 * as a frozen snapshot (released_office, released_score); every number derived from its scores
 * leaves the server only through this module:
 *
 * 1. Minimum group size k: nothing is published over fewer than k offices. A group filtered by a
 *    programme starts from that programme's k (default 5; an admin may set it down to 3 for a
 *    small programme's own statistics), any other group from the platform default 5; either is
 *    raised to the largest k of the programmes the group's members belong to. Offices the viewer
 *    already knows (its own, its benchlearning partners) do not count towards the k − 1 unknown
 *    peers. The size of every askable group is stored at release (released_group).
 * 2. Perturbation (cell key method, noise.ts): means, quantiles, band shares and distribution
 *    blocks carry bounded, unbiased noise derived only from the secret record keys of the cell's
 *    members — the same member set always gets the same noise, so asking again or another way
 *    gives nothing new, and differencing two sets meets noise of at least SUM_NOISE_FLOOR points.
 * 3. No minimum, maximum or single-office statistic: quartiles from 10 offices, P10/P90 and band
 *    shares from 20, a quantile withheld where the scores around it lie further apart than its
 *    noise can hide, distributions as perturbed means of blocks of ≥ k offices.
 * 4. The viewer's own rank and gaps only in groups its office belongs to, computed from the
 *    published (perturbed) values, never by counting true neighbours.
 */
export const SuppressionReason = {
  BELOW_MIN_GROUP_SIZE: 'BELOW_MIN_GROUP_SIZE',
  CYCLE_NOT_RELEASED: 'CYCLE_NOT_RELEASED',
  NEEDS_LARGER_GROUP: 'NEEDS_LARGER_GROUP',
  SPARSE_AROUND_QUANTILE: 'SPARSE_AROUND_QUANTILE',
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
