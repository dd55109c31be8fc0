import { ProgrammeEntity } from '@caf/db';
import type { Context } from '../graphql/context';
import { notFound } from '../graphql/errors';

export class ProgrammeService {
  list(ctx: Context): Promise<ProgrammeEntity[]> {
    return ctx.dataSource.getRepository(ProgrammeEntity).find({ order: { startsOn: 'ASC', code: 'ASC' } });
  }

  async byId(ctx: Context, id: string): Promise<ProgrammeEntity> {
    const programme = await ctx.loaders.programmeById.load(id);
    if (!programme) {
      throw notFound('Programme', id);
    }
    return programme;
  }
}
