import { useCallback } from 'react';
import { AcceptInvitationMutation } from '../graphql/auth.graphql';
import { useSessionMutation } from './useSessionMutation';

/** Sets the invited user's password; the server signs them in, and the app reloads as them. */
export function useAcceptInvitation() {
  const { run, loading, error } = useSessionMutation(AcceptInvitationMutation);
  const accept = useCallback((token: string, password: string) => run({ token, password }), [run]);
  return { accept, loading, error };
}
