import { Max, Min } from 'class-validator';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { Office } from '../office/office.types';
import { Programme } from './programme.types';
import { Submission, type SubmissionStatus } from './submission.types';

@ArgsType()
class SubmissionArgs {
  @Field(_type => Int)
  @Min(2000)
  @Max(2100)
  cycleYear: number;
}

@Resolver(_of => Programme)
export class ProgrammeSubmissionResolver {
  @Authorized('PROGRAMME_LEADER', 'ADMIN')
  @FieldResolver(_type => [Submission], {
    description: 'Who has submitted in a cycle (leaders of this programme and admins); no scores.',
  })
  async submissions(
    @Root() programme: Programme,
    @Args() { cycleYear }: SubmissionArgs,
    @Ctx() ctx: Context,
  ): Promise<Submission[]> {
    if (!ctx.viewer.isAdmin && !ctx.viewer.leadsProgramme(programme.id)) {
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
      [programme.id, cycleYear],
    );
    return rows.map(row => Object.assign(new Submission(), row));
  }
}

@Resolver(_of => Submission)
export class SubmissionOfficeResolver {
  @FieldResolver(_type => Office)
  async office(@Root() submission: Submission, @Ctx() ctx: Context): Promise<Office> {
    return (await ctx.loaders.officeById.load(submission.officeId))!;
  }
}
