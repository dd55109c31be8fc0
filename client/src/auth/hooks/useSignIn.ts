import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { SignInMutation } from '../graphql/auth.graphql';
import { startSession } from '../utils/session';
import { setSessionEndedNotice } from '../utils/session-notice';

/** Signs in (the server sets the session cookie), then reloads what is on screen as that user. */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading, error }] = useMutation(SignInMutation);
  const signIn = useCallback(
    async (email: string, password: string): Promise<boolean> => {
      try {
        await mutate({ variables: { email: email.trim(), password } });
      } catch {
        return false; // Reported through `error`.
      }
      setSessionEndedNotice(false);
      await startSession(client);
      return true;
    },
    [client, mutate],
  );
  return { signIn, loading, error };
}
