import type { DataSource, EntityManager } from 'typeorm';

/** One assessment per office in the cycle: the newest CAF version when an office assessed twice. */
const CHOSEN = `
  SELECT DISTINCT ON (a.office_id) a.id, a.office_id, a.caf_version, a.data_origin
    FROM caf_assessment a
   WHERE a.status = 'SUBMITTED' AND a.cycle_year = $1
   ORDER BY a.office_id, a.caf_version DESC`;

/** The chosen assessments flattened to CAF index, criterion means and sub-criterion scores. */
const SCORES_OF_CYCLE = `
  WITH chosen AS (${CHOSEN}),
       criterion AS (
         SELECT c.office_id, s.criterion_number, avg(s.normalised)::float8 AS score
           FROM chosen c JOIN caf_score s ON s.assessment_id = c.id
          GROUP BY c.office_id, s.criterion_number)
  SELECT office_id, criterion_number::text AS key, score FROM criterion
  UNION ALL
  SELECT office_id, 'INDEX', avg(score) FROM criterion GROUP BY office_id
  UNION ALL
  SELECT c.office_id, s.sub_criterion_code, s.normalised::float8 FROM chosen c JOIN caf_score s ON s.assessment_id = c.id`;

/**
 * A secret record key for a released office: 60 random bits (gen_random_uuid draws from
 * PostgreSQL's strong random source). Cell keys are sums of these modulo 2^60.
 */
export const RECORD_KEY_SQL = `('x' || substr(md5(gen_random_uuid()::text), 1, 15))::bit(60)::bigint`;

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
    `WITH fresh AS (${SCORES_OF_CYCLE}),
          old AS (SELECT office_id, key, score FROM released_score WHERE cycle_year = $1)
     SELECT (SELECT count(DISTINCT office_id) FROM (
               SELECT office_id, key, score FROM old EXCEPT SELECT office_id, key, score FROM fresh) gone)::int AS changed,
            (SELECT count(DISTINCT office_id) FROM fresh WHERE office_id NOT IN (SELECT office_id FROM old))::int AS added`,
    [cycleYear],
  );
  return row;
}

/**
 * Replaces the cycle's snapshot — offices with the facts peer groups filter on, and their scores —
 * with the current submitted assessments, and stamps the release. Callers decide whether a
 * re-release is safe and decide the group verdicts (server/src/benchmark/release-verdicts.ts).
 */
export async function releaseCycleSnapshot(
  manager: EntityManager,
  cycleYear: number,
  releasedById: string | null = null,
): Promise<number> {
  await manager.query('DELETE FROM released_score WHERE cycle_year = $1', [cycleYear]);
  await manager.query('DELETE FROM released_office WHERE cycle_year = $1', [cycleYear]);
  await manager.query(
    `INSERT INTO released_office (cycle_year, office_id, assessment_id, caf_version, data_origin,
                                  voivodeship_code, jst_type, population, staff_count, programme_ids,
                                  record_key)
     SELECT $1, c.office_id, c.id, c.caf_version, c.data_origin, o.voivodeship_code, o.jst_type,
            o.population, o.staff_count,
            coalesce((SELECT array_agg(p.programme_id ORDER BY p.programme_id) FROM programme_participation p
                       WHERE p.office_id = c.office_id), '{}'),
            ${RECORD_KEY_SQL}
       FROM (${CHOSEN}) c JOIN office o ON o.id = c.office_id`,
    [cycleYear],
  );
  await manager.query(
    `INSERT INTO released_score (cycle_year, office_id, key, score)
     SELECT $1, office_id, key, score FROM (${SCORES_OF_CYCLE}) snapshot`,
    [cycleYear],
  );
  const [{ offices }] = await manager.query(
    `INSERT INTO cycle_release (cycle_year, released_at, released_by_id, offices)
     VALUES ($1, now(), $2, (SELECT count(*) FROM released_office WHERE cycle_year = $1))
     ON CONFLICT (cycle_year) DO UPDATE SET released_at = now(), released_by_id = $2, offices = excluded.offices
     RETURNING offices`,
    [cycleYear, releasedById],
  );
  return offices;
}
