import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { Submission, type SubmissionStatus } from './submission.types';

export class SubmissionService {
  /** Each participant's submission status in a cycle, for the programme's leaders and admins. */
  async submissions(ctx: Context, programmeId: string, cycleYear: number): Promise<Submission[]> {
    if (!ctx.viewer.isAdmin && !ctx.viewer.leadsProgramme(programmeId)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'Only the leaders of this programme see who has submitted.',
      );
    }
    const rows = await ctx.dataSource.query<
      { officeId: string; status: SubmissionStatus; submittedAt: Date | null }[]
    >(
      `SELECT p.office_id AS "officeId",
              CASE WHEN bool_or(a.status = 'SUBMITTED') THEN 'SUBMITTED' WHEN count(a.id) > 0 THEN 'DRAFT' ELSE 'NOT_STARTED' END AS status,
              max(a.submitted_at) AS "submittedAt"
         FROM programme_participation p
         LEFT JOIN caf_assessment a ON a.office_id = p.office_id AND a.cycle_year = $2
        WHERE p.programme_id = $1
        GROUP BY p.office_id`,
      [programmeId, cycleYear],
    );
    return rows.map(row => Object.assign(new Submission(), row));
  }
}
