import net from 'node:net';
import { createApp } from '../../../server/src/app';
import { createDataSource } from '@caf/db';
import { DEFAULT_SECURITY } from '../../../server/src/config';
import { jsonErrorHandler } from '../../../server/src/http/error-handler';
import {
  postGraphQL,
  type Session,
  signInDemo,
  startTestApi,
  type TestApi,
} from '../../support/api';
import { createTestDatabase } from '../../support/database';
import { waitFor } from '../../support/wait';

const BENCHMARK = `query ($p: ID!) { benchmark(cycleYear: 2024, group: { programmeId: $p }) { n } }`;
const LIKE_MINE = `{ benchmark(cycleYear: 2024, group: { likeMine: true }) { n group { explanation { pl } } } }`;
const MINISTRY = `query ($p: ID!) { programme(id: $p) { criterionStatistics(cycleYear: 2024) { criteria { mean } } } }`;

/**
 * Takes an exclusive lock in an open transaction of the test's own (owner) connection, so that the
 * app's statements on that table wait; `release` rolls back.
 */
async function holdLock(api: TestApi, ...tables: string[]): Promise<{ release(): Promise<void> }> {
  const runner = api.db.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  for (const table of tables) {
    await runner.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  }
  return {
    release: async () => {
      await runner.rollbackTransaction();
      await runner.release();
    },
  };
}

/** Until a statement of the app waits for the lock on released_score that the test holds. */
const waitForLockWaiter = (api: TestApi): Promise<void> =>
  waitFor(
    async () =>
      (
        await api.db.dataSource.query(
          `SELECT 1 FROM pg_locks WHERE NOT granted AND relation = 'released_score'::regclass`,
        )
      ).length > 0,
    { what: 'a request to wait for the lock' },
  );

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
  const limits = (acquireTimeoutMs: number, statementTimeoutMs: number) => ({
    acquireTimeoutMs,
    statementTimeoutMs,
    idleInTransactionTimeoutMs: 60_000,
  });
  const expectRetryable = async (response: Response): Promise<void> => {
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = await response.json();
    expect(body.errors?.[0]?.extensions?.code ?? body.error).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/canceling statement|stacktrace|at .*\.js/);
  };

  it('gets 503 SERVICE_UNAVAILABLE with Retry-After while the only connection is stuck', async () => {
    const api = await startTestApi({
      demo: true,
      pool: { poolSize: 1, limits: limits(300, 60_000) },
    });
    try {
      const office = await signInDemo(api, 'OFFICE_EDITOR');
      const lock = await holdLock(api, 'released_score');
      const stuck = office.gql(LIKE_MINE);
      await waitForLockWaiter(api);
      // The session lookup needs the pool too: it finds no connection within 300 ms.
      await expectRetryable(
        await postGraphQL(
          api.url,
          { query: '{ appInfo { syntheticData } }' },
          { cookie: office.cookie },
        ),
      );
      // Liveness never needs the pool; readiness asks the database over its own connection.
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      await lock.release();
      expect((await stuck).errors).toBeUndefined();
      expect((await office.gql('{ appInfo { syntheticData } }')).data).toBeDefined();
    } finally {
      await api.close();
    }
  });

  it('queues heavy requests by cost, lets cheap ones pass, and sheds a heavy one that waits too long', async () => {
    // Two connections admit benchmarks worth two connections; a wait past 3 × 1 s is shed.
    const api = await startTestApi({
      demo: true,
      pool: { poolSize: 2, limits: limits(1000, 60_000) },
    });
    try {
      const office = await signInDemo(api, 'OFFICE_EDITOR');
      const lock = await holdLock(api, 'released_score');
      const running = office.gql(LIKE_MINE); // admitted, then stuck on the lock
      await waitForLockWaiter(api);
      const queued = postGraphQL(api.url, { query: LIKE_MINE }, { cookie: office.cookie });
      // A cheap request never waits behind the queue: the second connection is free for it.
      expect((await office.gql('{ appInfo { syntheticData } }')).data).toBeDefined();
      await expectRetryable(await queued);
      await lock.release();
      expect((await running).errors).toBeUndefined();
      expect((await office.gql(LIKE_MINE)).errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });

  it('gets 503 when PostgreSQL cancels a statement at its timeout, in GraphQL and in exports', async () => {
    const api = await startTestApi({ demo: true, pool: { limits: limits(20_000, 200) } });
    try {
      const session = await signInDemo(api, 'OFFICE_EDITOR');
      const [{ id }] = await api.db.dataSource.query(`SELECT id FROM programme LIMIT 1`);
      const lock = await holdLock(api, 'released_score', 'programme_participation');
      const graphql = await postGraphQL(api.url, { query: LIKE_MINE }, { cookie: session.cookie });
      const csv = await fetch(`${api.url}/export/programmes/${id}/participants.csv`, {
        headers: { cookie: session.cookie },
      });
      await lock.release();
      await expectRetryable(graphql);
      await expectRetryable(csv);
      expect((await session.gql(LIKE_MINE)).errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});

describe('health and readiness', () => {
  it('sets statement and idle-in-transaction timeouts on every connection of a limited pool', async () => {
    const db = await createTestDatabase();
    const limited = createDataSource({
      url: db.url,
      poolSize: 1,
      limits: {
        acquireTimeoutMs: 5000,
        statementTimeoutMs: 4321,
        idleInTransactionTimeoutMs: 1234,
      },
    });
    try {
      await limited.initialize();
      const [statement] = await limited.query('SHOW statement_timeout');
      const [idle] = await limited.query('SHOW idle_in_transaction_session_timeout');
      expect(statement.statement_timeout).toBe('4321ms');
      expect(idle.idle_in_transaction_session_timeout).toBe('1234ms');
    } finally {
      await limited.destroy();
      await db.drop();
    }
  });

  it('gives up on an answer that never comes (a silent network), after statement_timeout', async () => {
    const db = await createTestDatabase();
    const target = new URL(db.url);
    // A relay to the database that can go silent: bytes stop flowing both ways, nothing closes.
    let silent = false;
    const sockets = new Set<net.Socket>();
    const relay = net.createServer(client => {
      const server = net.connect(Number(target.port), target.hostname);
      for (const [from, to] of [
        [client, server],
        [server, client],
      ] as const) {
        sockets.add(from);
        from.on('data', chunk => silent || to.write(chunk));
        from.on('error', () => undefined);
        from.on('close', () => to.destroy());
      }
    });
    await new Promise<void>(resolve => relay.listen(0, '127.0.0.1', resolve));
    const relayed = new URL(db.url);
    relayed.host = `127.0.0.1:${(relay.address() as net.AddressInfo).port}`;
    const limited = createDataSource({
      url: relayed.toString(),
      poolSize: 1,
      limits: { acquireTimeoutMs: 5000, statementTimeoutMs: 100, idleInTransactionTimeoutMs: 1000 },
    });
    try {
      await limited.initialize();
      expect(limited.options.extra).toMatchObject({ keepAlive: true, query_timeout: 5100 });
      silent = true;
      await expect(limited.query('SELECT 1')).rejects.toThrow(/timeout/i);
    } finally {
      sockets.forEach(socket => socket.destroy());
      await limited.destroy().catch(() => undefined);
      relay.close();
      await db.drop();
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

describe('bodies the server cannot read, outside production (demo mode)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const post = (headers: Record<string, string>, body: string) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('answers a body over 100 KB with JSON 413 PAYLOAD_TOO_LARGE, no HTML, no stack', async () => {
    const response = await post({}, JSON.stringify({ query: `# ${'x'.repeat(110 * 1024)}` }));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(text).not.toMatch(/at .*\.js|stack|<html/i);
  });

  it.each([
    ['a charset other than UTF-8', { 'content-type': 'application/json; charset=latin1' }, /UTF-8/],
    ['an unknown content encoding', { 'content-encoding': 'compress' }, /content encoding/],
  ])('answers %s with JSON 415 BAD_REQUEST saying so', async (_case, headers, message) => {
    const response = await post(
      headers,
      JSON.stringify({ query: '{ appInfo { syntheticData } }' }),
    );
    expect(response.status).toBe(415);
    const [error] = (await response.json()).errors;
    expect(error.extensions.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/JSON\.$/);
  });

  it('names an aborted request as such', () => {
    // Not observable over HTTP: Node itself answers a half-closed request, the handler's reply
    // goes nowhere. So the handler is called directly, with what body-parser passes it.
    const sent: { status?: number; body?: unknown } = {};
    const res = {
      headersSent: false,
      status: (code: number) => ((sent.status = code), res),
      json: (body: unknown) => ((sent.body = body), res),
    };
    const aborted = { type: 'request.aborted', status: 400 };
    jsonErrorHandler(aborted, {} as never, res as never, () => undefined);
    expect(sent).toEqual({
      status: 400,
      body: {
        errors: [
          { message: expect.stringMatching(/aborted/), extensions: { code: 'BAD_REQUEST' } },
        ],
      },
    });
  });
});
