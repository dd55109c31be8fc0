import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { InviteUserInput, InviteUserMutation as InviteUserResult } from '../../gql/graphql';
import { InviteUserMutation, UsersQuery } from '../graphql/user.graphql';

export type Invitation = InviteUserResult['inviteUser'];

/** Creates the invited account; the list refetches so the new row appears on its page. */
export function useInviteUser() {
  const [mutate, { loading, error }] = useMutation(InviteUserMutation, {
    refetchQueries: [UsersQuery],
  });
  const invite = useCallback(
    async (input: InviteUserInput): Promise<Invitation | null> => {
      try {
        const result = await mutate({ variables: { input } });
        return result.data?.inviteUser ?? null;
      } catch {
        return null; // Reported through `error`.
      }
    },
    [mutate],
  );
  return { invite, loading, error };
}
