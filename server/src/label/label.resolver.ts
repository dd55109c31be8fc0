import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Office } from '../office/office.types';
import { LabelService } from './label.service';
import { CafLabelSummary } from './label.types';

@Resolver(_of => Office)
export class OfficeLabelResolver {
  private readonly service = new LabelService();

  @FieldResolver(_type => CafLabelSummary, { description: 'Effective CAF User label status.' })
  cafLabel(@Root() office: Office, @Ctx() ctx: Context): Promise<CafLabelSummary> {
    return this.service.latestOf(ctx, office.id);
  }
}
