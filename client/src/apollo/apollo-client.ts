import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same-origin GraphQL: the server serves the built client, Vite proxies /graphql in development. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Reference data without an id: the TERYT code identifies a voivodeship.
        Voivodeship: { keyFields: ['code'] },
      },
    }),
  });
}
