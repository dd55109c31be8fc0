import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { SignOutMutation } from '../graphql/auth.graphql';
import { endSession } from '../utils/session';

/** Ends the session on the server and forgets this user's data in the browser. */
export function useSignOut() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignOutMutation);
  const signOut = useCallback(async (): Promise<void> => {
    // An already expired session answers UNAUTHENTICATED: the user is signed out either way.
    await mutate().catch(() => undefined);
    await endSession(client).catch(() => undefined);
  }, [client, mutate]);
  return { signOut, loading };
}
