import { findVoivodeship } from '@caf/schema';
import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { IdArgs } from '../shared/id.args';
import { OfficeListOptions } from './dto/office-list.options';
import { Office, OfficePage, Voivodeship } from './office.types';
import { OfficeService } from './office.service';

@Resolver(_of => Office)
export class OfficeResolver {
  private readonly service = new OfficeService();

  @Authorized()
  @Query(_returns => OfficePage, {
    description: 'Offices, filtered and paginated, with the total count.',
  })
  offices(@Args() options: OfficeListOptions, @Ctx() ctx: Context): Promise<OfficePage> {
    return this.service.list(ctx, options);
  }

  @Authorized()
  @Query(_returns => Office, { description: 'One office; NOT_FOUND when the id is unknown.' })
  office(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<Office> {
    return this.service.byId(ctx, id);
  }

  @FieldResolver(_type => Voivodeship)
  voivodeship(@Root() office: Office): Voivodeship {
    const voivodeship = findVoivodeship(office.voivodeshipCode);
    if (!voivodeship) {
      // The database check constraint makes this unreachable; fail loudly if it is ever dropped.
      throw new Error(`Office ${office.id} has an unknown voivodeship ${office.voivodeshipCode}`);
    }
    return voivodeship;
  }
}
