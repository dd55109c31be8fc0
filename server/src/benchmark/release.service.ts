import { CycleReleaseEntity, snapshotChange } from '@caf/db';
import { AuditService } from '../audit/audit.service';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { releaseCycle } from './release-verdicts';

/**
 * Publishing a cycle freezes its benchmarks for good: any later change — a latecomer, a corrected
 * score, an office that moved band — would let old and new numbers be differenced.
 */
export class ReleaseService {
  private readonly audit = new AuditService();

  list(ctx: Context): Promise<CycleReleaseEntity[]> {
    return ctx.dataSource.getRepository(CycleReleaseEntity).find({ order: { cycleYear: 'DESC' } });
  }

  async release(ctx: Context, cycleYear: number): Promise<CycleReleaseEntity> {
    return ctx.dataSource.transaction(async manager => {
      // One release of a cycle at a time: two would race on the same snapshot.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `cycle_release:${cycleYear}`,
      ]);
      const previous = await manager.findOneBy(CycleReleaseEntity, { cycleYear });
      if (previous) {
        const { changed, added } = await snapshotChange(manager, cycleYear);
        if (changed === 0 && added === 0) {
          return previous;
        }
        // Any change to published numbers lets old and new be differenced, group by group:
        // late submissions count in the next cycle instead.
        throw new AppError(
          ErrorCode.CONFLICT,
          `Cycle ${cycleYear} is already published and can no longer change; late or corrected self-assessments count in the next cycle.`,
          { reason: 'ALREADY_RELEASED' },
        );
      }
      const offices = await releaseCycle(manager, cycleYear, ctx.viewer.user?.id ?? null);
      await this.audit.record(manager, ctx, {
        action: 'cycle.release',
        entityType: 'cycle',
        entityId: String(cycleYear),
        after: { offices },
      });
      return manager.findOneByOrFail(CycleReleaseEntity, { cycleYear });
    });
  }
}
