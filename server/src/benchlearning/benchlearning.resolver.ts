import {
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../graphql/context';
import { Office } from '../office/office.types';
import {
  BenchlearningPartnership,
  OfficeIdArgs,
  ConsentArgs,
  OfficeScores,
  OfficeScoresArgs,
} from './benchlearning.types';
import { BenchlearningService } from './benchlearning.service';

@Resolver(_of => BenchlearningPartnership)
export class BenchlearningResolver {
  private readonly service = new BenchlearningService();

  @Authorized('OFFICE_EDITOR', 'OFFICE_VIEWER')
  @Query(_returns => [BenchlearningPartnership], {
    description: 'Your office’s benchlearning partnerships.',
  })
  benchlearningPartnerships(
    @Args() { officeId }: OfficeIdArgs,
    @Ctx() ctx: Context,
  ): Promise<BenchlearningPartnership[]> {
    return this.service.partnerships(ctx, officeId);
  }

  @Authorized('OFFICE_EDITOR')
  @Mutation(_returns => [BenchlearningPartnership], {
    description:
      'Consent to show your scores to a partner office (effective once it consents too).',
  })
  grantBenchlearningConsent(
    @Args() { officeId, partnerOfficeId }: ConsentArgs,
    @Ctx() ctx: Context,
  ): Promise<BenchlearningPartnership[]> {
    return this.service.grant(ctx, officeId, partnerOfficeId);
  }

  @Authorized('OFFICE_EDITOR')
  @Mutation(_returns => [BenchlearningPartnership], {
    description: 'Withdraw consent; the partner stops seeing your scores at once.',
  })
  revokeBenchlearningConsent(
    @Args() { officeId, partnerOfficeId }: ConsentArgs,
    @Ctx() ctx: Context,
  ): Promise<BenchlearningPartnership[]> {
    return this.service.revoke(ctx, officeId, partnerOfficeId);
  }

  @Authorized('OFFICE_EDITOR', 'OFFICE_VIEWER')
  @Query(_returns => OfficeScores, {
    nullable: true,
    description: 'Named scores of your own office or of a mutually consenting partner.',
  })
  officeScores(
    @Args() { officeId, cycleYear }: OfficeScoresArgs,
    @Ctx() ctx: Context,
  ): Promise<OfficeScores | null> {
    return this.service.officeScores(ctx, officeId, cycleYear);
  }

  @FieldResolver(_type => Office)
  async partner(
    @Root() partnership: BenchlearningPartnership,
    @Ctx() ctx: Context,
  ): Promise<Office> {
    return (await ctx.loaders.officeById.load(partnership.partnerOfficeId))!;
  }
}
