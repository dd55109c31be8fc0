import type { DataSource, EntityManager } from 'typeorm';

/**
 * One assessment per office in the cycle — the newest CAF version when an office assessed twice —
 * flattened to its CAF index, criterion means and normalised sub-criterion scores.
 */
const SNAPSHOT_OF_CYCLE = `
  WITH chosen AS (
         SELECT DISTINCT ON (office_id) id, office_id, caf_version, data_origin
           FROM caf_assessment
          WHERE status = 'SUBMITTED' AND cycle_year = $1
          ORDER BY office_id, caf_version DESC),
       criterion AS (
         SELECT c.id, c.office_id, c.caf_version, c.data_origin, s.criterion_number, avg(s.normalised)::float8 AS score
           FROM chosen c JOIN caf_score s ON s.assessment_id = c.id
          GROUP BY c.id, c.office_id, c.caf_version, c.data_origin, s.criterion_number)
  SELECT id AS assessment_id, office_id, caf_version, data_origin, criterion_number::text AS key, score FROM criterion
  UNION ALL
  SELECT id, office_id, caf_version, data_origin, 'INDEX', avg(score) FROM criterion
   GROUP BY id, office_id, caf_version, data_origin
  UNION ALL
  SELECT c.id, c.office_id, c.caf_version, c.data_origin, s.sub_criterion_code, s.normalised::float8
    FROM chosen c JOIN caf_score s ON s.assessment_id = c.id`;

export interface SnapshotChange {
  /** Offices whose released scores would change or disappear. */
  changed: number;
  added: number;
}

/** What re-releasing the cycle would change, compared with its current snapshot. */
export async function snapshotChange(
  db: DataSource | EntityManager,
  cycleYear: number,
): Promise<SnapshotChange> {
  const [row] = await db.query(
    `WITH fresh AS (${SNAPSHOT_OF_CYCLE}),
          old AS (SELECT office_id, key, score FROM released_score WHERE cycle_year = $1)
     SELECT (SELECT count(DISTINCT office_id) FROM (
               SELECT office_id, key, score FROM old EXCEPT SELECT office_id, key, score FROM fresh) gone)::int AS changed,
            (SELECT count(DISTINCT office_id) FROM fresh WHERE office_id NOT IN (SELECT office_id FROM old))::int AS added`,
    [cycleYear],
  );
  return row;
}

/**
 * Replaces the cycle's snapshot with the current submitted assessments and stamps the release.
 * Callers decide whether a re-release is safe (see ReleaseService); the seed and tests call it
 * directly.
 */
export async function releaseCycleSnapshot(
  manager: EntityManager,
  cycleYear: number,
  releasedById: string | null = null,
): Promise<number> {
  await manager.query('DELETE FROM released_score WHERE cycle_year = $1', [cycleYear]);
  await manager.query(
    `INSERT INTO released_score (cycle_year, assessment_id, office_id, caf_version, data_origin, key, score)
     SELECT $1, assessment_id, office_id, caf_version, data_origin, key, score FROM (${SNAPSHOT_OF_CYCLE}) snapshot`,
    [cycleYear],
  );
  const [{ offices }] = await manager.query(
    `INSERT INTO cycle_release (cycle_year, released_at, released_by_id, offices)
     VALUES ($1, now(), $2, (SELECT count(*) FROM released_score WHERE cycle_year = $1 AND key = 'INDEX'))
     ON CONFLICT (cycle_year) DO UPDATE SET released_at = now(), released_by_id = $2, offices = excluded.offices
     RETURNING offices`,
    [cycleYear, releasedById],
  );
  return offices;
}
