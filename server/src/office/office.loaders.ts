import { OfficeEntity } from '@caf/db';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byKey } from '../graphql/batch';

export const createOfficeLoaders = (ds: DataSource) => ({
  officeById: new DataLoader<string, OfficeEntity | null>(async ids =>
    byKey(
      ids,
      await ds.getRepository(OfficeEntity).findBy({ id: In([...ids]) }),
      office => office.id,
    ),
  ),
});

export type OfficeLoaders = ReturnType<typeof createOfficeLoaders>;

// Adds this feature's loaders to the request context's `loaders` (see graphql/context.ts).
declare module '../graphql/context' {
  interface Loaders extends OfficeLoaders {}
}
