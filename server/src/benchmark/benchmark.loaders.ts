import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byKey } from '../graphql/batch';

export const createBenchmarkLoaders = (ds: DataSource) => ({
  /** Released cycles in which a programme's participants took part, newest first. */
  releasedCyclesByProgrammeId: new DataLoader<string, number[]>(async programmeIds => {
    const rows: { programmeId: string; cycles: number[] }[] = await ds.query(
      `SELECT p.programme_id AS "programmeId", array_agg(DISTINCT r.cycle_year ORDER BY r.cycle_year DESC) AS cycles
         FROM programme_participation p
         JOIN released_score r ON r.office_id = p.office_id AND r.key = 'INDEX'
        WHERE p.programme_id = ANY($1)
        GROUP BY p.programme_id`,
      [programmeIds],
    );
    return byKey(programmeIds, rows, row => row.programmeId).map(row => row?.cycles ?? []);
  }),
});
