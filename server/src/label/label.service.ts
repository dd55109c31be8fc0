import { CafLabelStatus } from '@caf/schema';
import type { Context } from '../graphql/context';
import type { CafLabelSummary } from './label.types';

export class LabelService {
  /** The office's latest Effective CAF User label and whether it is valid today. */
  async latestOf(ctx: Context, officeId: string): Promise<CafLabelSummary> {
    const label = await ctx.loaders.latestCafLabelByOfficeId.load(officeId);
    if (!label) {
      return { status: CafLabelStatus.NONE, awardedOn: null, validUntil: null, awardedBy: null };
    }
    const status = label.validUntil >= ctx.today ? CafLabelStatus.VALID : CafLabelStatus.EXPIRED;
    return {
      status,
      awardedOn: label.awardedOn,
      validUntil: label.validUntil,
      awardedBy: label.awardedBy,
    };
  }
}
