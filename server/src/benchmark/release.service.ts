import { CycleReleaseEntity, snapshotChange } from '@caf/db';
import { AuditService } from '../audit/audit.service';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { DEFAULT_MIN_GROUP_SIZE } from './disclosure';
import { releaseCycle } from './release-verdicts';

/**
 * Publishing a cycle freezes its benchmarks. A later re-release may only add offices, and then at
 * least k of them: otherwise the old and new numbers would difference out the latecomers.
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
        if (changed > 0) {
          throw new AppError(
            ErrorCode.CONFLICT,
            `${changed} offices' released scores changed since the release; released numbers cannot be revised without exposing them.`,
          );
        }
        if (added === 0) {
          return previous;
        }
        if (added < DEFAULT_MIN_GROUP_SIZE) {
          throw new AppError(
            ErrorCode.CONFLICT,
            `Only ${added} offices submitted since the last release; wait until at least ${DEFAULT_MIN_GROUP_SIZE} have.`,
            { added },
          );
        }
      }
      const offices = await releaseCycle(manager, cycleYear, ctx.viewer.user?.id ?? null);
      await this.audit.record(manager, ctx, {
        action: 'cycle.release',
        entityType: 'cycle',
        entityId: String(cycleYear),
        before: previous ? { offices: previous.offices } : null,
        after: { offices },
      });
      return manager.findOneByOrFail(CycleReleaseEntity, { cycleYear });
    });
  }
}
