import type { ApolloServerPlugin } from '@apollo/server';
import { isServiceUnavailable, RETRY_AFTER_SECONDS } from '../shared/unavailable';

/**
 * A GraphQL request that failed only because the database was busy or slow answers HTTP 503 with
 * Retry-After (the errors carry SERVICE_UNAVAILABLE, see errors.ts), so clients and proxies retry.
 */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ errors, response }) {
        if (errors?.some(isServiceUnavailable)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
      },
    };
  },
};
