import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Office } from '../office/office.types';
import { IsoStatusSummary } from './iso.types';
import { IsoService } from './iso.service';

@Resolver(_of => Office)
export class OfficeIsoResolver {
  private readonly service = new IsoService();

  @FieldResolver(_type => IsoStatusSummary, {
    description: 'Public ISO 9001 certification status.',
  })
  isoStatus(@Root() office: Office, @Ctx() ctx: Context): Promise<IsoStatusSummary> {
    return this.service.statusOf(ctx, office.id);
  }
}
