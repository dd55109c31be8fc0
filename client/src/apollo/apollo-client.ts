import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { endSession } from '../auth/utils/session';
import { createSessionExpiryLink } from '../auth/utils/session-expiry-link';
import { setSessionEndedNotice } from '../auth/utils/session-notice';

/** Same-origin GraphQL: the server serves the built client, Vite proxies /graphql in development. */
export function createApolloClient(): ApolloClient {
  const sessionExpiry = createSessionExpiryLink(() => {
    setSessionEndedNotice(true);
    // A failed refetch of `me` shows up as the app's own error state; nothing to add here.
    endSession(client).catch(() => undefined);
  });
  const client: ApolloClient = new ApolloClient({
    // The session cookie is httpOnly and same-origin: fetch sends it without being told.
    link: ApolloLink.from([sessionExpiry, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Reference data without an id: the TERYT code identifies a voivodeship.
        Voivodeship: { keyFields: ['code'] },
        // One release per cycle: a re-release updates the same row, so the year identifies it.
        CycleRelease: { keyFields: ['cycleYear'] },
      },
    }),
  });
  return client;
}
