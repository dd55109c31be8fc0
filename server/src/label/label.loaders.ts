import { CafLabelEntity } from '@caf/db';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byKey } from '../graphql/batch';

export const createLabelLoaders = (ds: DataSource) => ({
  /** Each office's most recently awarded label, or null. */
  latestCafLabelByOfficeId: new DataLoader<string, CafLabelEntity | null>(async officeIds =>
    byKey(
      officeIds,
      await ds
        .getRepository(CafLabelEntity)
        .createQueryBuilder('label')
        .distinctOn(['label.office_id'])
        .where('label.office_id = ANY(:officeIds)', { officeIds })
        .orderBy('label.office_id')
        .addOrderBy('label.awarded_on', 'DESC')
        .getMany(),
      label => label.officeId,
    ),
  ),
});

export type LabelLoaders = ReturnType<typeof createLabelLoaders>;

// Adds this feature's loaders to the request context's `loaders` (see graphql/context.ts).
declare module '../graphql/context' {
  interface Loaders extends LabelLoaders {}
}
