import { OfficeEntity } from '@caf/db';
import type { Context } from '../graphql/context';
import { likePattern } from '../shared/like-pattern';
import { notFound } from '../graphql/errors';
import type { OfficeListOptions } from './dto/office-list.options';

export class OfficeService {
  async list(
    ctx: Context,
    { skip, take, filter }: OfficeListOptions,
  ): Promise<{ items: OfficeEntity[]; totalItems: number }> {
    const query = ctx.dataSource.getRepository(OfficeEntity).createQueryBuilder('office');
    if (filter?.voivodeshipCode) {
      query.andWhere('office.voivodeship_code = :voivodeshipCode', {
        voivodeshipCode: filter.voivodeshipCode,
      });
    }
    if (filter?.jstType) {
      query.andWhere('office.jst_type = :jstType', { jstType: filter.jstType });
    }
    if (filter?.search?.trim()) {
      query.andWhere('office.name ILIKE :search', { search: likePattern(filter.search.trim()) });
    }
    if (filter?.programmeId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM programme_participation p WHERE p.office_id = office.id AND p.programme_id = :programmeId)',
        { programmeId: filter.programmeId },
      );
    }
    const [items, totalItems] = await query
      .orderBy('office.name', 'ASC')
      .addOrderBy('office.id')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalItems };
  }

  async byId(ctx: Context, id: string): Promise<OfficeEntity> {
    const office = await ctx.loaders.officeById.load(id);
    if (!office) {
      throw notFound('Office', id);
    }
    return office;
  }
}
