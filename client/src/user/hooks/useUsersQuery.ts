import { useQuery } from '@apollo/client/react';
import type { UserFilter } from '../../gql/graphql';
import { UsersQuery } from '../graphql/user.graphql';

export const useUsersQuery = (skip: number, take: number, filter: UserFilter) =>
  useQuery(UsersQuery, { variables: { skip, take, filter } });
