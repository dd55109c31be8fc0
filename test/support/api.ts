import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp, type App } from '../../server/src/app';
import { createTestDatabase, type TestDatabase } from './database';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApi {
  url: string;
  db: TestDatabase;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Fixed "today" so date-derived states (ISO status, label validity) do not drift with the calendar. */
export const TEST_TODAY = new Date('2026-11-25T12:00:00Z');

/** The real HTTP server (Express + Apollo + the built client) over a fresh test database. */
export async function startTestApi(options: { demo?: boolean; production?: boolean } = {}): Promise<TestApi> {
  const db = await createTestDatabase({ demo: options.demo });
  const app: App = await createApp(db.dataSource, {
    production: options.production ?? false,
    clientDistDir: path.resolve(__dirname, '..', '..', 'client', 'dist'),
    now: () => TEST_TODAY,
  });
  await new Promise<void>(resolve => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return {
    url,
    db,
    gql: async (query, variables) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
