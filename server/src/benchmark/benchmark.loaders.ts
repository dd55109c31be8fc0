import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byKey } from '../graphql/batch';

export const createBenchmarkLoaders = (ds: DataSource) => ({
  /** Released cycles in which a programme's participants took part, newest first. */
  releasedCyclesByProgrammeId: new DataLoader<string, number[]>(async programmeIds => {
    const rows: { programmeId: string; cycles: number[] }[] = await ds.query(
      `SELECT p.id AS "programmeId", array_agg(DISTINCT ro.cycle_year ORDER BY ro.cycle_year DESC) AS cycles
         FROM programme p
         JOIN released_office ro ON p.id = ANY(ro.programme_ids)
        WHERE p.id = ANY($1)
        GROUP BY p.id`,
      [programmeIds],
    );
    return byKey(programmeIds, rows, row => row.programmeId).map(row => row?.cycles ?? []);
  }),
});

export type BenchmarkLoaders = ReturnType<typeof createBenchmarkLoaders>;

// Adds this feature's loaders to the request context's `loaders` (see graphql/context.ts).
declare module '../graphql/context' {
  interface Loaders extends BenchmarkLoaders {}
}
