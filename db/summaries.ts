import type { DataSource, EntityManager } from 'typeorm';

/**
 * Recomputes the per-criterion summary of submitted assessments (materialized view
 * assessment_criterion_score) that benchmarks read instead of re-averaging 28 scores per office
 * on every request. Call it after anything submits, reopens or changes submitted scores.
 */
export async function refreshBenchmarkSummaries(db: DataSource | EntityManager): Promise<void> {
  await db.query('REFRESH MATERIALIZED VIEW assessment_criterion_score');
}
