/**
 * The one gate for confidential numbers: every number derived from released CAF scores leaves
 * the server through these functions, which apply the disclosure rules (rules.ts) — nothing else
 * in the server reads released scores (a test checks it). GraphQL-free: the API maps its output.
 */
export {
  readCycleFacts,
  readDistribution,
  readStatistics,
  type CycleFacts,
  type PublishedPoint,
  type Queryable,
} from './gate';
export {
  activeFilters,
  FILTER_KEYS,
  type FilterKey,
  type GroupFilters,
  groupKey,
  onlyFilters,
  POPULATION_BANDS,
  PopulationBand,
  STAFF_BANDS,
  StaffBand,
} from './groups';
export { decideGroupVerdicts, type LatticeOffice, MAX_FILTERS_PER_GROUP } from './lattice';
export { accuracyTarget, meanErrorStatement } from './noise';
export type { MeanError, OwnPosition, PublishedStatistic } from './publish';
/** Exact half-up rounding, also for named scores shown with consent (outside the perturbation). */
export { meanToOneDecimal, unitsSql } from './rounding';
export {
  ABSOLUTE_MIN_GROUP_SIZE,
  DEFAULT_MIN_GROUP_SIZE,
  effectiveK,
  MIN_GROUP_FOR_QUARTILES,
  SuppressionReason,
} from './rules';
