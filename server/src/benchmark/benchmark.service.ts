import { CAF_2020, type CafVersionCode } from '@caf/schema';
import type { ProgrammeEntity } from '@caf/db';
import type { Context } from '../graphql/context';
import { ComparisonCaveat, type CriterionStatistic, type ProgrammeCriterionStatistics } from './benchmark.types';
import { AppError, ErrorCode } from '../graphql/errors';
import { applyMinGroupSize } from './suppression';

interface CriterionRow {
  criterionNumber: number;
  n: number;
  mean: number;
}

interface CycleSummaryRow {
  cafVersions: CafVersionCode[];
  synthetic: boolean;
}

/** Submitted assessments of a programme's participants in one cycle. */
const PROGRAMME_CYCLE_ASSESSMENTS = `
  SELECT a.id, a.caf_version, a.data_origin
    FROM caf_assessment a
    JOIN programme_participation p ON p.office_id = a.office_id AND p.programme_id = $1
   WHERE a.status = 'SUBMITTED' AND a.cycle_year = $2`;

export class BenchmarkService {
  /** Years in which at least one participant submitted a self-assessment, newest first. */
  async programmeCycles(ctx: Context, programmeId: string): Promise<number[]> {
    const rows = await ctx.dataSource.query<{ cycleYear: number }[]>(
      `SELECT DISTINCT a.cycle_year AS "cycleYear"
         FROM caf_assessment a
         JOIN programme_participation p ON p.office_id = a.office_id AND p.programme_id = $1
        WHERE a.status = 'SUBMITTED'
        ORDER BY 1 DESC`,
      [programmeId],
    );
    return rows.map(r => r.cycleYear);
  }

  /**
   * Mean criterion score over the participants, each office weighted once: an office's criterion
   * score is the mean of its sub-criteria (normalised 0–100), then offices are averaged. All in SQL.
   */
  async programmeCriterionStatistics(
    ctx: Context,
    programme: ProgrammeEntity,
    cycleYear: number,
  ): Promise<ProgrammeCriterionStatistics> {
    await this.assertMayReadAggregates(ctx, programme.id);
    const [rows, [summary]] = await Promise.all([
      ctx.dataSource.query<CriterionRow[]>(
        `WITH assessments AS (${PROGRAMME_CYCLE_ASSESSMENTS}),
              office_criterion AS (
                SELECT s.assessment_id, s.criterion_number, avg(s.normalised) AS score
                  FROM caf_score s JOIN assessments a ON a.id = s.assessment_id
                 GROUP BY s.assessment_id, s.criterion_number)
         SELECT criterion_number AS "criterionNumber", count(*)::int AS n, avg(score)::float8 AS mean
           FROM office_criterion
          GROUP BY criterion_number`,
        [programme.id, cycleYear],
      ),
      ctx.dataSource.query<CycleSummaryRow[]>(
        `WITH assessments AS (${PROGRAMME_CYCLE_ASSESSMENTS})
         SELECT coalesce(array_agg(DISTINCT caf_version::text), '{}') AS "cafVersions",
                coalesce(bool_or(data_origin = 'SYNTHETIC_DEMO'), false) AS synthetic
           FROM assessments`,
        [programme.id, cycleYear],
      ),
    ]);
    const byCriterion = new Map(rows.map(row => [row.criterionNumber, row]));
    // Criterion names and kinds are the same in 2013 and 2020; 2006 differs only in wording.
    const criteria: CriterionStatistic[] = CAF_2020.criteria.map(criterion => {
      const row = byCriterion.get(criterion.number);
      const n = row?.n ?? 0;
      const { value, suppressed } = applyMinGroupSize(n, programme.minGroupSize, row ? round1(row.mean) : 0);
      return { criterionNumber: criterion.number, kind: criterion.kind, name: criterion.name, n, mean: value, suppressed };
    });
    const cafVersions = summary?.cafVersions ?? [];
    return {
      cycleYear,
      minGroupSize: programme.minGroupSize,
      cafVersions,
      caveat: cafVersions.includes('2006') ? ComparisonCaveat.INCLUDES_CAF_2006 : null,
      syntheticData: summary?.synthetic ?? false,
      criteria,
    };
  }

  /** Aggregates are for the programme's own people, the ministry and admins (Viewer). */
  private async assertMayReadAggregates(ctx: Context, programmeId: string): Promise<void> {
    const participants = await ctx.loaders.participationsByProgrammeId.load(programmeId);
    if (!ctx.viewer.canSeeProgrammeAggregates(programmeId, participants.map(p => p.officeId))) {
      throw new AppError(ErrorCode.FORBIDDEN, "Only this programme's leaders and participants, the ministry and admins see its statistics.");
    }
  }
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
