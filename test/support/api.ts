import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp, type App } from '../../server/src/app';
import { createDataSource } from '@caf/db';
import {
  DEFAULT_DATABASE,
  DEFAULT_SECURITY,
  type DatabaseConfig,
  type SecurityConfig,
} from '../../server/src/config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/src/auth/bootstrap';
import { createTestDatabase, type TestDatabase } from './database';
import { createUser, TEST_PASSWORD } from './fixtures';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; [key: string]: unknown };
  }[];
}

export type Gql = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResponse<T>>;

export interface TestApi {
  url: string;
  db: TestDatabase;
  /** As an anonymous visitor. */
  gql: Gql;
  /** Signs in through the real signIn mutation and returns a client that sends the session cookie. */
  signIn(email: string, password: string): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  gql: Gql;
  cookie: string;
}

/** Fixed "today" so date-derived states (ISO status, label validity) do not drift with the calendar. */
export const TEST_TODAY = new Date('2026-11-25T12:00:00Z');

/** Generous limits so that only the tests about rate limiting ever hit them. */
const TEST_SECURITY: SecurityConfig = {
  ...DEFAULT_SECURITY,
  rateLimitPerMinuteIp: 100_000,
  rateLimitPerMinuteUser: 100_000,
};

export async function postGraphQL(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const client =
  (url: string, cookie?: string): Gql =>
  async (query, variables) =>
    (await postGraphQL(url, { query, variables }, cookie ? { cookie } : {})).json();

/**
 * The app's own pool in tests: ONE connection, so a request that holds a connection while waiting
 * for another (a loader outside its transaction, say) cannot go unnoticed — it would wait for
 * itself and fail with SERVICE_UNAVAILABLE. The acquire timeout is generous for a busy machine.
 */
const TEST_POOL: DatabaseConfig = {
  poolSize: 1,
  limits: { ...DEFAULT_DATABASE.limits, acquireTimeoutMs: 20_000 },
};

/** The real HTTP server (Express + Apollo + the built client) over a fresh test database. */
export async function startTestApi(
  options: {
    demo?: boolean;
    production?: boolean;
    security?: Partial<SecurityConfig>;
    pool?: Partial<DatabaseConfig>;
  } = {},
): Promise<TestApi> {
  const db = await createTestDatabase({ demo: options.demo });
  // Fixtures write through db.dataSource; the app gets a pool of its own, counted by the same logger.
  const appDataSource = createDataSource({
    url: db.url,
    ...TEST_POOL,
    ...options.pool,
    logger: db.queries,
  });
  await appDataSource.initialize();
  const app: App = await createApp(appDataSource, {
    production: options.production ?? false,
    clientDistDir: path.resolve(__dirname, '..', '..', 'client', 'dist'),
    security: { ...TEST_SECURITY, ...options.security },
    now: () => TEST_TODAY,
  });
  // The test client runs in this process: a test that computes for seconds (the inference attack)
  // stalls both, and Node's 5 s keep-alive timeout would then close a socket the client is about
  // to reuse (ECONNRESET). Idle sockets stay open longer than any such stretch.
  app.httpServer.keepAliveTimeout = 120_000;
  await new Promise<void>(resolve => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return {
    url,
    db,
    gql: client(url),
    signIn: async (email, password) => {
      const response = await postGraphQL(url, {
        query:
          'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
        variables: { email, password },
      });
      const body = (await response.json()) as GraphQLResponse<unknown>;
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (body.errors || !cookie) {
        throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(body.errors)}`);
      }
      return { cookie, gql: client(url, cookie) };
    },
    close: async () => {
      await app.close();
      await appDataSource.destroy();
      await db.drop();
    },
  };
}

/** A new account with these grants, signed in. */
export async function signInAs(
  api: TestApi,
  grants: Parameters<typeof createUser>[1],
): Promise<Session> {
  const user = await createUser(api.db.dataSource, grants);
  return api.signIn(user.email, TEST_PASSWORD);
}

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** Signs in one of the demo accounts (demo databases only). */
export const signInDemo = (
  api: TestApi,
  role: (typeof DEMO_ACCOUNTS)[number]['role'],
): Promise<Session> =>
  api.signIn(DEMO_ACCOUNTS.find(account => account.role === role)!.email, DEMO_PASSWORD);
