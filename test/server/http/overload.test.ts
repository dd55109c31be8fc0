import { Client } from 'pg';
import { createApp } from '../../../server/src/app';
import { createDataSource } from '@caf/db';
import { DEFAULT_SECURITY } from '../../../server/src/config';
import {
  postGraphQL,
  type Session,
  signInDemo,
  startTestApi,
  type TestApi,
} from '../../support/api';
import { waitFor } from '../../support/wait';

const BENCHMARK = `query ($p: ID!) { benchmark(cycleYear: 2024, group: { programmeId: $p }) { n } }`;
const LIKE_MINE = `{ benchmark(cycleYear: 2024, group: { likeMine: true }) { n group { explanation { pl } } } }`;
const MINISTRY = `query ($p: ID!) { programme(id: $p) { criterionStatistics(cycleYear: 2024) { criteria { mean } } } }`;

/** Every request answered with data and no error: nothing hung, nothing refused. */
async function expectAllAnswered(
  requests: Promise<{ data?: unknown; errors?: unknown[] }>[],
): Promise<void> {
  const results = await Promise.all(requests);
  expect(results.filter(r => r.errors || !r.data)).toEqual([]);
}

/**
 * The app's pool has ONE connection in these tests (test/support/api.ts): a request that holds a
 * connection while it waits for another would wait for itself. These are the requests that hung
 * the server for good before.
 */
describe('the server never stalls', () => {
  let api: TestApi;
  let viewer: Session;
  let office: Session;
  let ministry: Session;
  let programmeId: string;
  beforeAll(async () => {
    api = await startTestApi({ demo: true });
    [viewer, office, ministry] = await Promise.all([
      signInDemo(api, 'OFFICE_VIEWER'),
      signInDemo(api, 'OFFICE_EDITOR'),
      signInDemo(api, 'MINISTRY_ANALYST'),
    ]);
    [{ id: programmeId }] = await api.db.dataSource.query(
      `SELECT id FROM programme WHERE code = 'dzierzoniow-2009'`,
    );
  });
  afterAll(() => api.close());

  it('answers one request with ten aliased programme benchmarks, and everything after it', async () => {
    const aliases = Array.from(
      { length: 10 },
      (_, i) => `b${i}: benchmark(cycleYear: 2024, group: { programmeId: $p }) { n }`,
    ).join(' ');
    const result = await viewer.gql<Record<string, { n: number | null }>>(
      `query ($p: ID!) { ${aliases} }`,
      { p: programmeId },
    );
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data!)).toHaveLength(10);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await viewer.gql('{ me { id } }')).data).toBeDefined();
  });

  it('answers 50 parallel benchmarks, 12 offices-like-mine and 5 ministry programme statistics', async () => {
    await expectAllAnswered([
      ...Array.from({ length: 50 }, () => viewer.gql(BENCHMARK, { p: programmeId })),
      ...Array.from({ length: 12 }, () => office.gql(LIKE_MINE)),
      ...Array.from({ length: 5 }, () => ministry.gql(MINISTRY, { p: programmeId })),
    ]);
  });
});

/**
 * Overload is answered, not waited out: a statement blocked past its timeout, or a request that
 * finds no pooled connection in time, gets 503 SERVICE_UNAVAILABLE with Retry-After, and the
 * server serves normally once the blockage is gone. A test transaction holds a lock the app needs.
 */
describe('a request that cannot be served in time', () => {
  let api: TestApi;
  let office: Session;
  let blocker: Client;
  beforeAll(async () => {
    api = await startTestApi({
      demo: true,
      pool: {
        poolSize: 1,
        limits: {
          acquireTimeoutMs: 300,
          statementTimeoutMs: 60_000,
          idleInTransactionTimeoutMs: 60_000,
        },
      },
    });
    office = await signInDemo(api, 'OFFICE_EDITOR');
    blocker = new Client({ connectionString: api.db.url });
    await blocker.connect();
  });
  afterAll(async () => {
    await blocker.end();
    await api.close();
  });

  const appWaitingForLock = async (): Promise<boolean> => {
    const { rows } = await blocker.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    return rows[0].n > 0;
  };

  it('gets 503 SERVICE_UNAVAILABLE with Retry-After while the only connection is stuck', async () => {
    await blocker.query('BEGIN; LOCK TABLE released_score IN ACCESS EXCLUSIVE MODE');
    const stuck = office.gql(LIKE_MINE);
    await waitFor(appWaitingForLock);
    // The session lookup needs the pool too: it finds no connection within 300 ms.
    const refused = await postGraphQL(
      api.url,
      { query: '{ appInfo { syntheticData } }' },
      { cookie: office.cookie },
    );
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = await refused.json();
    expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    // Liveness never needs the pool; readiness asks the database over its own connection.
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    await blocker.query('ROLLBACK');
    expect((await stuck).errors).toBeUndefined();
    expect((await office.gql('{ appInfo { syntheticData } }')).data).toBeDefined();
  });

  it('gets 503 when PostgreSQL cancels a statement at its timeout, inside GraphQL', async () => {
    const strict = await startTestApi({
      demo: true,
      pool: {
        limits: {
          acquireTimeoutMs: 20_000,
          statementTimeoutMs: 200,
          idleInTransactionTimeoutMs: 60_000,
        },
      },
    });
    try {
      const session = await signInDemo(strict, 'OFFICE_EDITOR');
      const lock = new Client({ connectionString: strict.db.url });
      await lock.connect();
      await lock.query('BEGIN; LOCK TABLE released_score IN ACCESS EXCLUSIVE MODE');
      const response = await postGraphQL(
        strict.url,
        { query: LIKE_MINE },
        { cookie: session.cookie },
      );
      await lock.query('ROLLBACK');
      await lock.end();
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toMatch(/canceling statement|stacktrace/);
      expect((await session.gql(LIKE_MINE)).errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});

describe('health and readiness', () => {
  it('sets statement and idle-in-transaction timeouts on the app connections', async () => {
    const api = await startTestApi({
      pool: {
        limits: {
          acquireTimeoutMs: 5000,
          statementTimeoutMs: 4321,
          idleInTransactionTimeoutMs: 1234,
        },
      },
    });
    try {
      const probe = createDataSource({
        url: api.db.url,
        poolSize: 1,
        limits: {
          acquireTimeoutMs: 5000,
          statementTimeoutMs: 4321,
          idleInTransactionTimeoutMs: 1234,
        },
      });
      await probe.initialize();
      const [statement] = await probe.query('SHOW statement_timeout');
      const [idle] = await probe.query('SHOW idle_in_transaction_session_timeout');
      await probe.destroy();
      expect(statement.statement_timeout).toBe('4321ms');
      expect(idle.idle_in_transaction_session_timeout).toBe('1234ms');
    } finally {
      await api.close();
    }
  });

  it('stays alive but not ready when the database is unreachable', async () => {
    // Port 9 (discard) on loopback: nothing listens, connections are refused at once.
    const unreachable = createDataSource({ url: 'postgres://postgres@127.0.0.1:9/none' });
    const app = await createApp(unreachable, {
      production: true,
      clientDistDir: '/nonexistent',
      security: DEFAULT_SECURITY,
    });
    await new Promise<void>(resolve => app.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = app.httpServer.address() as { port: number };
    try {
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'database unavailable' });
    } finally {
      await app.close();
    }
  });
});

describe('bodies the server cannot read', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ production: true });
  });
  afterAll(() => api.close());

  it('answers a body over 100 KB with JSON 413 PAYLOAD_TOO_LARGE, no HTML, no stack', async () => {
    const response = await postGraphQL(api.url, {
      query: `{ appInfo { syntheticData } } # ${'x'.repeat(110 * 1024)}`,
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|stack/);
  });

  it('answers malformed JSON with JSON 400 BAD_REQUEST', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ "query": ',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
