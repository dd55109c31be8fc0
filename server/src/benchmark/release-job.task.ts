import { CycleReleaseEntity, snapshotChange } from '@caf/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { ViewerUser } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { Viewer } from '../auth/viewer';
import { AppError, ErrorCode } from '../graphql/errors';
import { releaseCycle } from './release-verdicts';

/** What a release job reports while it runs; the client translates the codes. */
export const ReleaseStep = {
  QUEUED: 'QUEUED',
  STARTING: 'STARTING',
  /** Another release of the cycle holds its lock. */
  WAITING: 'WAITING',
  RELEASING: 'RELEASING',
  ANALYZING: 'ANALYZING',
  RELEASED: 'RELEASED',
  /** Asked again while nothing changed: the published cycle stands as it was. */
  UNCHANGED: 'UNCHANGED',
} as const;
export type ReleaseStep = (typeof ReleaseStep)[keyof typeof ReleaseStep];

/** Coarse on purpose: the release proper is one step whose length nothing can predict. */
export const STEP_PROGRESS: Record<ReleaseStep, number> = {
  QUEUED: 0,
  STARTING: 0.05,
  WAITING: 0.1,
  RELEASING: 0.2,
  ANALYZING: 0.9,
  RELEASED: 1,
  UNCHANGED: 1,
};

/** Who asked, as the audit log records it. */
export interface ReleaseActor {
  user: ViewerUser | null;
  ip: string | null;
}

export interface ReleaseOutcome {
  step: typeof ReleaseStep.RELEASED | typeof ReleaseStep.UNCHANGED;
  offices: number;
}

/**
 * The cycle's current release, or null when it has none; refuses (CONFLICT, ALREADY_RELEASED)
 * when releasing again would change it: any change to published numbers lets old and new be
 * differenced, group by group, so late submissions count in the next cycle instead.
 */
export async function unchangedRelease(
  db: DataSource | EntityManager,
  cycleYear: number,
): Promise<CycleReleaseEntity | null> {
  const previous = await db.getRepository(CycleReleaseEntity).findOneBy({ cycleYear });
  if (!previous) {
    return null;
  }
  const { changed, added } = await snapshotChange(db, cycleYear);
  if (changed > 0 || added > 0) {
    throw new AppError(
      ErrorCode.CONFLICT,
      `Cycle ${cycleYear} is already published and can no longer change; late or corrected self-assessments count in the next cycle.`,
      { reason: 'ALREADY_RELEASED' },
    );
  }
  return previous;
}

/**
 * Publishes the cycle in ONE transaction — snapshot, verdicts and audit record commit together or
 * not at all, so a crash anywhere leaves the previous state — then refreshes the planner's
 * statistics of what it wrote. Runs in the release worker (release-worker.ts), off the event loop.
 */
export async function runRelease(
  dataSource: DataSource,
  cycleYear: number,
  actor: ReleaseActor,
  report: (step: ReleaseStep) => void,
): Promise<ReleaseOutcome> {
  const outcome = await dataSource.transaction(async manager => {
    report(ReleaseStep.WAITING);
    // One release of a cycle at a time, across processes: two would race on the same snapshot.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `cycle_release:${cycleYear}`,
    ]);
    // Checked again under the lock: the request's check may be stale by now.
    const previous = await unchangedRelease(manager, cycleYear);
    if (previous) {
      return { step: ReleaseStep.UNCHANGED, offices: previous.offices } as const;
    }
    report(ReleaseStep.RELEASING);
    const offices = await releaseCycle(manager, cycleYear, actor.user?.id ?? null);
    await new AuditService().record(
      manager,
      { viewer: new Viewer(actor.user), request: { ip: actor.ip, userAgent: null, origin: '' } },
      {
        action: 'cycle.release',
        entityType: 'cycle',
        entityId: String(cycleYear),
        after: { offices },
      },
    );
    return { step: ReleaseStep.RELEASED, offices } as const;
  });
  if (outcome.step === ReleaseStep.RELEASED) {
    report(ReleaseStep.ANALYZING);
    await analyzeRelease(dataSource);
  }
  return outcome;
}

/**
 * Fresh rows have no planner statistics until autovacuum gets round to them; the first queries of
 * a new cycle would be planned for empty tables. The owner's analyze_release() (migration
 * ReleaseJob) may do it for the app. The release itself is committed: failing here only logs.
 */
async function analyzeRelease(dataSource: DataSource): Promise<void> {
  try {
    await dataSource.query('SELECT analyze_release()');
  } catch (error) {
    console.warn('ANALYZE after a release failed; autovacuum will catch up:', error);
  }
}
