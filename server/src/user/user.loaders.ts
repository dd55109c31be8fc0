import { RoleAssignmentEntity } from '@caf/db';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from '../graphql/batch';

export const createUserLoaders = (ds: DataSource) => ({
  grantsByUserId: new DataLoader<string, RoleAssignmentEntity[]>(async userIds =>
    groupByKey(
      userIds,
      await ds
        .getRepository(RoleAssignmentEntity)
        .find({ where: { userId: In([...userIds]) }, order: { role: 'ASC', createdAt: 'ASC' } }),
      grant => grant.userId,
    ),
  ),
});

export type UserLoaders = ReturnType<typeof createUserLoaders>;

// Adds this feature's loaders to the request context's `loaders` (see graphql/context.ts).
declare module '../graphql/context' {
  interface Loaders extends UserLoaders {}
}
