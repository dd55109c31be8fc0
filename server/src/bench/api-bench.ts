/**
 * `npm run bench`: request latency of the main API operations on the demo programme, measured
 * over real HTTP against real PostgreSQL (DATABASE_URL, or a throwaway embedded cluster).
 * Figures are printed, never asserted: tests check behaviour, this shows speed. Like the server,
 * it prepares the database as the owner role and serves as the app role.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  createDataSource,
  DEMO_LAST_FINISHED_CYCLE,
  dropRoles,
  ensureDatabase,
  ensureRoles,
  seedDemo,
  startEmbeddedPostgres,
  withDatabase,
} from '@caf/db';
import { createApp } from '../app';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoAccounts } from '../auth/bootstrap';
import { releaseDemoCycles } from '../benchmark/release-verdicts';
import { DEFAULT_SECURITY } from '../config';

const OPERATIONS: Record<string, { account: string; query: string }> = {
  'offices ×50 with programmes, ISO, labels': {
    account: 'ministerstwo',
    query:
      '{ offices(take: 50) { items { name participations { programme { name } } isoStatus { status } cafLabel { status } } } }',
  },
  'benchmark, 9 criteria': {
    account: 'urzad',
    query:
      '{ benchmark(group: { voivodeshipCode: "02" }, cycleYear: 2024) { n statistics { mean median own { percentileRank } } } }',
  },
  'benchmark, 28 sub-criteria': {
    account: 'urzad',
    query:
      '{ benchmark(group: {}, cycleYear: 2024, level: SUB_CRITERION) { n statistics { key mean q1 q3 p10 p90 } } }',
  },
  'benchmark, offices like mine': {
    account: 'urzad',
    query: '{ benchmark(group: { likeMine: true }, cycleYear: 2024) { n statistics { mean } } }',
  },
  'distribution under pseudonyms': {
    account: 'urzad',
    query:
      '{ benchmarkDistribution(group: {}, cycleYear: 2024, key: "INDEX") { points { label value } } }',
  },
  'trend over 8 cycles': {
    account: 'lider',
    query:
      '{ benchmarkTrend(group: {}, key: "INDEX", cycles: [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]) { mean } }',
  },
};

/** Migrations, the demo and its release, as the owner; returns how long the release took. */
async function prepare(ownerUrl: string): Promise<number> {
  const owner = createDataSource({ url: ownerUrl, poolSize: 2 });
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
    await seedDemo(owner);
    const releaseStarted = performance.now();
    await releaseDemoCycles(owner, DEMO_LAST_FINISHED_CYCLE);
    const releaseMs = performance.now() - releaseStarted;
    await ensureDemoAccounts(owner);
    return releaseMs;
  } finally {
    await owner.destroy();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
};

/**
 * Wrong passwords for the demo accounts and for as many unknown addresses, interleaved, each
 * address below the lockout threshold: the two medians should not differ beyond noise.
 */
async function signInTimes(post: (body: object) => Promise<Response>): Promise<string> {
  const times = { known: [] as number[], unknown: [] as number[] };
  for (let round = 0; round < 4; round += 1) {
    for (const [i, account] of DEMO_ACCOUNTS.entries()) {
      for (const [kind, email] of [
        ['known', account.email],
        ['unknown', `nobody-${i}@demo.caf-benchmark.pl`],
      ] as const) {
        const started = performance.now();
        await (
          await post({
            query:
              'mutation ($e: String!) { signIn(email: $e, password: "wrong-password") { id } }',
            variables: { e: email },
          })
        ).json();
        times[kind].push(performance.now() - started);
      }
    }
  }
  return `Wrong password, median of ${times.known.length}: real account ${median(times.known).toFixed(1)} ms, unknown address ${median(times.unknown).toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(os.tmpdir(), `caf-bench-${process.pid}`),
        ephemeral: true,
      });
  const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
  const database = `caf_bench_${process.pid}`;
  const roleNames = {
    owner: `caf_bench_owner_${process.pid}`,
    app: `caf_bench_app_${process.pid}`,
  };
  try {
    const roles = await ensureRoles(serverUrl, roleNames);
    await ensureDatabase(serverUrl, database, { owner: roleNames.owner });
    const releaseMs = await prepare(withDatabase(roles.ownerUrl, database));
    await serve(withDatabase(roles.appUrl, database), releaseMs);
  } finally {
    if (embedded) {
      await embedded.stop();
    } else {
      const admin = createDataSource({ url: withDatabase(serverUrl, 'postgres') });
      await admin.initialize();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.destroy();
      await dropRoles(serverUrl, roleNames);
    }
  }
}

/** Serves the prepared database as the app role and prints the figures. */
async function serve(appUrl: string, releaseMs: number): Promise<void> {
  let statements = 0;
  const dataSource = createDataSource({
    url: appUrl,
    logger: {
      logQuery: (query: string) =>
        void (statements += /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET TRANSACTION)/i.test(
          query,
        )
          ? 0
          : 1),
      logQueryError: () => {},
      logQuerySlow: () => {},
      logSchemaBuild: () => {},
      logMigration: () => {},
      log: () => {},
    },
  });
  await dataSource.initialize();
  try {
    const app = await createApp(dataSource, {
      production: true,
      clientDistDir: '/nonexistent',
      security: { ...DEFAULT_SECURITY, rateLimitPerMinuteIp: 1e9, rateLimitPerMinuteUser: 1e9 },
    });
    await new Promise<void>(resolve => app.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
    const post = (body: object, cookie = '') =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
    const cookies = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const response = await post({
        query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: account.email, p: DEMO_PASSWORD },
      });
      cookies.set(account.email.split('@')[0]!, response.headers.get('set-cookie')!.split(';')[0]!);
    }

    // tinybench is ESM-only: loaded with import(), which Node ≥ 20.19 allows from CommonJS.
    const { Bench } = await import('tinybench');
    const bench = new Bench({ time: 1500, warmupTime: 300 });
    const perRequest: Record<string, number> = {};
    for (const [name, { account, query }] of Object.entries(OPERATIONS)) {
      const before = statements;
      const body = (await (await post({ query }, cookies.get(account))).json()) as {
        errors?: unknown;
      };
      if (body.errors) {
        throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      }
      perRequest[name] = statements - before;
      bench.add(name, async () => {
        await (await post({ query }, cookies.get(account))).json();
      });
    }
    await bench.run();
    console.log(
      `caf-benchmark API on the demo programme (${os.cpus().length} CPUs, Node ${process.version})`,
    );
    console.log(
      `Releasing the demo cycles (snapshots and every group's verdict): ${releaseMs.toFixed(0)} ms`,
    );
    console.table(
      bench.tasks.map(task => {
        const result = task.result as
          { latency?: { p50?: number; p99?: number }; throughput?: { mean?: number } } | undefined;
        const latency = result?.latency;
        return {
          operation: task.name,
          'req/s': Math.round(result?.throughput?.mean ?? 0),
          'p50 ms': latency?.p50?.toFixed(2),
          'p99 ms': latency?.p99?.toFixed(2),
          'SQL statements': perRequest[task.name],
        };
      }),
    );
    console.log(await signInTimes(post));
    await app.close();
  } finally {
    await dataSource.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
