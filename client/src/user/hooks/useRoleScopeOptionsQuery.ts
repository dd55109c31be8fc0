import { useQuery } from '@apollo/client/react';
import { RoleScopeOptionsQuery } from '../graphql/user.graphql';

/** Programmes and offices a role can be scoped to; cached, so role forms share one request. */
export const useRoleScopeOptionsQuery = () => useQuery(RoleScopeOptionsQuery);
