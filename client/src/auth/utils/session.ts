import type { ApolloClient } from '@apollo/client';
import { AppInfoQuery } from '../../app/graphql/app.graphql';
import { MeQuery } from '../graphql/auth.graphql';

let ending: Promise<void> | null = null;

/**
 * Forgets everything the previous user saw, then asks the server who is signed in (nobody).
 * `clearStore` rather than `resetStore`: the signed-in views must not refetch without a session;
 * only the public `me` and `appInfo` do, and `me: null` brings up the sign-in page. Concurrent
 * calls (several queries failing with UNAUTHENTICATED at once) share one run.
 */
export function endSession(client: ApolloClient): Promise<void> {
  ending ??= (async () => {
    try {
      await client.clearStore();
      await client.refetchQueries({ include: [MeQuery, AppInfoQuery] });
    } finally {
      ending = null;
    }
  })();
  return ending;
}

/** After signing in (or accepting an invitation): drop any cache and refetch what is on screen. */
export async function startSession(client: ApolloClient): Promise<void> {
  try {
    await client.resetStore();
  } catch {
    // Refetches of the sign-in page's queries are aborted when it unmounts as `me` arrives, and
    // a failed `me` shows as the app's own error state: neither needs handling here.
  }
}
