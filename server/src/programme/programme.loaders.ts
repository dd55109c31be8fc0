import { ParticipationEntity, ProgrammeEntity } from '@caf/db';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byKey, groupByKey } from '../graphql/batch';

// Leaders first, then by join date: the order a programme page lists its members.
const PARTICIPATION_ORDER = { role: 'ASC', joinedOn: 'ASC', id: 'ASC' } as const;

export const createProgrammeLoaders = (ds: DataSource) => {
  const participations = ds.getRepository(ParticipationEntity);
  return {
    programmeById: new DataLoader<string, ProgrammeEntity | null>(async ids =>
      byKey(ids, await ds.getRepository(ProgrammeEntity).findBy({ id: In([...ids]) }), p => p.id),
    ),
    participationsByProgrammeId: new DataLoader<string, ParticipationEntity[]>(async ids =>
      groupByKey(
        ids,
        await participations.find({
          where: { programmeId: In([...ids]) },
          order: PARTICIPATION_ORDER,
        }),
        p => p.programmeId,
      ),
    ),
    participationsByOfficeId: new DataLoader<string, ParticipationEntity[]>(async ids =>
      groupByKey(
        ids,
        await participations.find({
          where: { officeId: In([...ids]) },
          order: PARTICIPATION_ORDER,
        }),
        p => p.officeId,
      ),
    ),
  };
};

export type ProgrammeLoaders = ReturnType<typeof createProgrammeLoaders>;

// Adds this feature's loaders to the request context's `loaders` (see graphql/context.ts).
declare module '../graphql/context' {
  interface Loaders extends ProgrammeLoaders {}
}
