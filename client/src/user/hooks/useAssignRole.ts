import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { AssignRoleInput } from '../../gql/graphql';
import { AssignRoleMutation } from '../graphql/user.graphql';

/** Adds a role; the returned user (with its roles) updates the cached row by id. */
export function useAssignRole() {
  const [mutate, { loading, error }] = useMutation(AssignRoleMutation);
  const assign = useCallback(
    async (input: AssignRoleInput): Promise<boolean> => {
      try {
        await mutate({ variables: { input } });
        return true;
      } catch {
        return false; // Reported through `error`.
      }
    },
    [mutate],
  );
  return { assign, loading, error };
}
