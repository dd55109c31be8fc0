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
import { Office } from '../office/office.types';
import { Programme } from './programme.types';
import { SubmissionService } from './submission.service';
import { Submission } from './submission.types';

@ArgsType()
class SubmissionArgs {
  @Field(_type => Int)
  @Min(2000)
  @Max(2100)
  cycleYear: number;
}

@Resolver(_of => Programme)
export class ProgrammeSubmissionResolver {
  private readonly service = new SubmissionService();

  @Authorized('PROGRAMME_LEADER', 'ADMIN')
  @FieldResolver(_type => [Submission], {
    description: 'Who has submitted in a cycle (leaders of this programme and admins); no scores.',
  })
  submissions(
    @Root() programme: Programme,
    @Args() { cycleYear }: SubmissionArgs,
    @Ctx() ctx: Context,
  ): Promise<Submission[]> {
    return this.service.submissions(ctx, programme.id, cycleYear);
  }
}

@Resolver(_of => Submission)
export class SubmissionOfficeResolver {
  @FieldResolver(_type => Office)
  async office(@Root() submission: Submission, @Ctx() ctx: Context): Promise<Office> {
    return (await ctx.loaders.officeById.load(submission.officeId))!;
  }
}
