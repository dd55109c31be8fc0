import { CAF_VERSIONS, SCORE_BANDS, SCORING_PANELS } from '@caf/schema';

/**
 * How many items each list field of the schema can return, for the query cost estimate
 * (query-limits.ts). Catalogue lists are exact; lists of offices and programmes use planning
 * figures — a larger register still works, its documents are only priced as if it had these.
 * Every list field must be here (a test walks the schema), so a new one is priced deliberately.
 */

/** Every JST office in Poland: 2,477 gminas, 314 powiats and 16 voivodeships, rounded up. */
export const MAX_OFFICES = 3000;
/** Programmes on one platform (the demo has 2); a planning figure, not a limit. */
export const MAX_PROGRAMMES = 50;
/** Assessment cycles (years) one platform publishes over its life. */
export const MAX_CYCLES = 50;
/** Roles of one account: an invitation grants at most 20. */
export const MAX_ROLE_GRANTS = 20;
/** Release jobs one listing returns, newest first. */
export const MAX_RELEASE_JOBS = 50;

const maxOf = (values: number[]): number => Math.max(...values);
const criteria = maxOf(CAF_VERSIONS.map(v => v.criteria.length));
const subCriteria = maxOf(CAF_VERSIONS.flatMap(v => v.criteria.map(c => c.subCriteria.length)));
const columns = maxOf(SCORING_PANELS.map(p => p.columns.length));
const levels = maxOf(SCORING_PANELS.flatMap(p => p.columns.map(c => c.levels.length)));
/** INDEX, every criterion and every sub-criterion of the largest version. */
const scoreKeys = maxOf(
  CAF_VERSIONS.map(v => 1 + v.criteria.length + v.criteria.flatMap(c => c.subCriteria).length),
);

/** A fixed bound, or one read from the field's arguments. */
export type ListBound = number | ((args: Record<string, unknown>) => number);

/** Pages are priced by the `take` of the field that returns them; their items add no factor. */
const PRICED_BY_TAKE = 1;

export const LIST_BOUNDS: Readonly<Record<string, ListBound>> = {
  'Query.programmes': MAX_PROGRAMMES,
  'Query.cycleReleases': MAX_CYCLES,
  'Query.releaseJobs': MAX_RELEASE_JOBS,
  'Query.cafCatalogue': CAF_VERSIONS.length,
  'Query.scoringPanels': SCORING_PANELS.length,
  'Query.benchlearningPartnerships': MAX_OFFICES,
  'Query.benchmarkTrend': args => (Array.isArray(args.cycles) ? args.cycles.length : MAX_CYCLES),
  'Mutation.grantBenchlearningConsent': MAX_OFFICES,
  'Mutation.revokeBenchlearningConsent': MAX_OFFICES,
  'OfficePage.items': PRICED_BY_TAKE,
  'UserPage.items': PRICED_BY_TAKE,
  'AuditLogPage.items': PRICED_BY_TAKE,
  'Office.participations': MAX_PROGRAMMES,
  'Programme.participants': MAX_OFFICES,
  'Programme.submissions': MAX_OFFICES,
  'Programme.assessmentCycles': MAX_CYCLES,
  'ProgrammeCriterionStatistics.criteria': criteria,
  'ProgrammeCriterionStatistics.cafVersions': CAF_VERSIONS.length,
  'Benchmark.cafVersions': CAF_VERSIONS.length,
  'Benchmark.statistics': scoreKeys,
  'BenchmarkStatistic.levelShares': SCORE_BANDS.length,
  'Distribution.points': MAX_OFFICES,
  'OfficeScores.scores': scoreKeys,
  'CafCatalogueVersion.criteria': criteria,
  'CafCriterion.subCriteria': subCriteria,
  'ScoringPanel.columns': columns,
  'ScoringPanelColumn.levels': levels,
  'Me.roles': MAX_ROLE_GRANTS,
  'User.roles': MAX_ROLE_GRANTS,
};

/** Items a list field may hold; lists missing from the table count as every office. */
export function listBound(typeName: string, fieldName: string, args: Record<string, unknown>) {
  const bound = LIST_BOUNDS[`${typeName}.${fieldName}`] ?? MAX_OFFICES;
  return typeof bound === 'function' ? bound(args) : bound;
}
