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
