import { releaseCycleSnapshot, ReleasedGroupEntity } from '@caf/db';
import type { DataSource, EntityManager } from 'typeorm';
import { decideGroupVerdicts, type LatticeOffice } from '../disclosure';

/** Decides and stores the disclosure verdict of every askable group of a released cycle. */
export async function recomputeGroupVerdicts(
  manager: EntityManager,
  cycleYear: number,
): Promise<void> {
  const offices: LatticeOffice[] = await manager.query(
    `SELECT office_id AS "officeId", voivodeship_code AS "voivodeshipCode", jst_type::text AS "jstType",
            population, staff_count AS "staffCount", caf_version::text AS "cafVersion",
            programme_ids::text[] AS "programmeIds"
       FROM released_office WHERE cycle_year = $1 ORDER BY office_id`,
    [cycleYear],
  );
  const programmes: { id: string; k: number }[] = await manager.query(
    'SELECT id, min_group_size AS k FROM programme',
  );
  const verdicts = decideGroupVerdicts(offices, new Map(programmes.map(p => [p.id, p.k])));
  await manager.delete(ReleasedGroupEntity, { cycleYear });
  for (let i = 0; i < verdicts.length; i += 1000) {
    await manager.insert(
      ReleasedGroupEntity,
      verdicts.slice(i, i + 1000).map(verdict => ({ cycleYear, ...verdict })),
    );
  }
}

/** Freezes the cycle's snapshot and decides its verdicts; guards are the caller's (ReleaseService). */
export async function releaseCycle(
  manager: EntityManager,
  cycleYear: number,
  releasedById: string | null = null,
): Promise<number> {
  const offices = await releaseCycleSnapshot(manager, cycleYear, releasedById);
  await recomputeGroupVerdicts(manager, cycleYear);
  return offices;
}

/** The demo publishes every finished cycle; the current one is still open for submissions. */
export async function releaseDemoCycles(
  dataSource: DataSource,
  lastFinishedCycle: number,
): Promise<void> {
  await dataSource.transaction(async manager => {
    const cycles: { cycleYear: number }[] = await manager.query(
      `SELECT DISTINCT cycle_year AS "cycleYear" FROM caf_assessment WHERE status = 'SUBMITTED' AND cycle_year <= $1
        AND cycle_year NOT IN (SELECT cycle_year FROM cycle_release) ORDER BY 1`,
      [lastFinishedCycle],
    );
    for (const { cycleYear } of cycles) {
      await releaseCycle(manager, cycleYear);
    }
  });
}
