import { type ListBound, listBound } from './list-bounds';

/**
 * What a field costs by itself, for the query cost estimate (query-limits.ts), when its resolver
 * runs SQL of its own rather than a batched loader lookup: a field in a list runs it once per
 * item. Other fields cost 1. Unit: one benchmark — a peer group prepared, its release facts and
 * statistics read — priced so that a document within the limit of 100,000 asks at most 16.
 */
export const BENCHMARK_COST = 6000;

/** A trend reads one score of one group, cycle by cycle: half a benchmark per cycle. */
const TREND_CYCLE_COST = BENCHMARK_COST / 2;
/** One statement over one office's scores, or over one programme's participants. */
const SINGLE_STATEMENT_COST = BENCHMARK_COST / 10;

export const FIELD_COSTS: Readonly<Record<string, ListBound>> = {
  'Query.benchmark': BENCHMARK_COST,
  'Query.benchmarkDistribution': BENCHMARK_COST,
  'Query.benchmarkTrend': args => TREND_CYCLE_COST * listBound('Query', 'benchmarkTrend', args),
  // The programme page's chart is a whole benchmark of the programme's group.
  'Programme.criterionStatistics': BENCHMARK_COST,
  'Programme.submissions': SINGLE_STATEMENT_COST,
  'Query.officeScores': SINGLE_STATEMENT_COST,
};

/** The cost of the field itself, before its selection. */
export function fieldCost(typeName: string, fieldName: string, args: Record<string, unknown>) {
  const cost = FIELD_COSTS[`${typeName}.${fieldName}`] ?? 1;
  return typeof cost === 'function' ? cost(args) : cost;
}
