import { ProgrammeEntity } from '@caf/db';
import { AuditService } from '../audit/audit.service';
import type { Context } from '../graphql/context';
import { notFound } from '../graphql/errors';

export class ProgrammeService {
  private readonly audit = new AuditService();

  /** Changes k for the programme's statistics in cycles released from now on; audited. */
  async updateMinGroupSize(
    ctx: Context,
    programmeId: string,
    minGroupSize: number,
  ): Promise<ProgrammeEntity> {
    return ctx.dataSource.transaction(async manager => {
      const programme = await manager.findOne(ProgrammeEntity, {
        where: { id: programmeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!programme) {
        throw notFound('Programme', programmeId);
      }
      // Applies from the next release: re-deciding published cycles would let a saved old view be
      // combined with the new one.
      await manager.update(ProgrammeEntity, { id: programmeId }, { minGroupSize });
      await this.audit.record(manager, ctx, {
        action: 'programme.update_disclosure',
        entityType: 'programme',
        entityId: programmeId,
        before: { minGroupSize: programme.minGroupSize },
        after: { minGroupSize },
      });
      return { ...programme, minGroupSize };
    });
  }

  list(ctx: Context): Promise<ProgrammeEntity[]> {
    return ctx.dataSource
      .getRepository(ProgrammeEntity)
      .find({ order: { startsOn: 'ASC', code: 'ASC' } });
  }

  async byId(ctx: Context, id: string): Promise<ProgrammeEntity> {
    const programme = await ctx.loaders.programmeById.load(id);
    if (!programme) {
      throw notFound('Programme', id);
    }
    return programme;
  }
}
