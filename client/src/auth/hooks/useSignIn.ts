import { useCallback } from 'react';
import { SignInMutation } from '../graphql/auth.graphql';
import { useSessionMutation } from './useSessionMutation';

/** Signs in (the server sets the session cookie), then reloads what is on screen as that user. */
export function useSignIn() {
  const { run, loading, error } = useSessionMutation(SignInMutation);
  const signIn = useCallback(
    (email: string, password: string) => run({ email: email.trim(), password }),
    [run],
  );
  return { signIn, loading, error };
}
