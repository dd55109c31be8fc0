import { CafLabelStatus } from '@caf/schema';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Office } from '../office/office.types';
import { CafLabelSummary } from './label.types';

@Resolver(_of => Office)
export class OfficeLabelResolver {
  @FieldResolver(_type => CafLabelSummary, { description: 'Effective CAF User label status.' })
  async cafLabel(@Root() office: Office, @Ctx() ctx: Context): Promise<CafLabelSummary> {
    const label = await ctx.loaders.latestCafLabelByOfficeId.load(office.id);
    if (!label) {
      return { status: CafLabelStatus.NONE, awardedOn: null, validUntil: null, awardedBy: null };
    }
    const status = label.validUntil >= ctx.today ? CafLabelStatus.VALID : CafLabelStatus.EXPIRED;
    return { status, awardedOn: label.awardedOn, validUntil: label.validUntil, awardedBy: label.awardedBy };
  }
}
