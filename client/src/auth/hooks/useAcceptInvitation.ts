import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { AcceptInvitationMutation } from '../graphql/auth.graphql';
import { startSession } from '../utils/session';
import { setSessionEndedNotice } from '../utils/session-notice';

/** Sets the invited user's password; the server signs them in, and the app reloads as them. */
export function useAcceptInvitation() {
  const client = useApolloClient();
  const [mutate, { loading, error }] = useMutation(AcceptInvitationMutation);
  const accept = useCallback(
    async (token: string, password: string): Promise<boolean> => {
      try {
        await mutate({ variables: { token, password } });
      } catch {
        return false; // Reported through `error`.
      }
      setSessionEndedNotice(false);
      await startSession(client);
      return true;
    },
    [client, mutate],
  );
  return { accept, loading, error };
}
