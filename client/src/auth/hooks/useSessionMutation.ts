import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { startSession } from '../utils/session';
import { setSessionEndedNotice } from '../utils/session-notice';

/**
 * A mutation after which the server has signed the user in (sign-in, accepting an invitation):
 * `run` resolves true once what is on screen has been reloaded as them, false if it failed.
 */
export function useSessionMutation<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
) {
  const client = useApolloClient();
  const [mutate, { loading, error }] = useMutation(mutation);
  const run = useCallback(
    async (variables: TVariables): Promise<boolean> => {
      try {
        await mutate({ variables });
      } catch {
        return false; // Reported through `error`.
      }
      setSessionEndedNotice(false);
      await startSession(client);
      return true;
    },
    [client, mutate],
  );
  return { run, loading, error };
}
