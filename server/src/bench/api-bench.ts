/**
 * `npm run bench`: request latency of the main API operations on the demo programme, measured
 * over real HTTP against real PostgreSQL (DATABASE_URL, or a throwaway embedded cluster).
 * `BENCH_REGISTER=national` measures a synthetic national register instead (every Polish JST
 * office, or BENCH_OFFICES of them): its load; the release of its 2024 cycle as a job started
 * through the API while a cheap query is timed, against the same query idle; the share of askable
 * groups that release publishes; then the benchmark views at that scale.
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
  NATIONAL_PROGRAMME_CODE,
  NATIONAL_REGISTER_CYCLES,
  seedDemo,
  seedNationalRegister,
  startEmbeddedPostgres,
  withDatabase,
} from '@caf/db';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  ensureDemoAccounts,
  type DemoAccount,
} from '../auth/bootstrap';
import { releaseDemoCycles } from '../benchmark/release-verdicts';
import { DEFAULT_SECURITY } from '../config';
import { type Ask, releaseUnderLoad } from './release-under-load';

type Operations = Record<string, { account: string; query: string }>;

/** What a register gives the measurement: who signs in, what they ask, what to print first. */
interface Prepared {
  title: string;
  notes: string[];
  accounts: readonly DemoAccount[];
  operations: Operations;
  /** Runs once the server is serving, before the measurements; its lines join the notes. */
  whileServing?: (ask: Ask, dataSource: DataSource) => Promise<string[]>;
}

const DEMO_OPERATIONS: Operations = {
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

/** Migrations and the register with its release, as the owner. */
async function prepare(ownerUrl: string): Promise<Prepared> {
  const owner = createDataSource({ url: ownerUrl, poolSize: 2 });
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
    return process.env.BENCH_REGISTER === 'national'
      ? await prepareNational(owner)
      : await prepareDemo(owner);
  } finally {
    await owner.destroy();
  }
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function prepareDemo(owner: DataSource): Promise<Prepared> {
  await seedDemo(owner);
  const releaseStarted = performance.now();
  await releaseDemoCycles(owner, DEMO_LAST_FINISHED_CYCLE);
  const releaseMs = performance.now() - releaseStarted;
  await ensureDemoAccounts(owner);
  return {
    title: 'the demo programme',
    notes: [
      `Releasing the demo cycles (snapshots and every group's verdict): ${releaseMs.toFixed(0)} ms`,
    ],
    accounts: DEMO_ACCOUNTS,
    operations: DEMO_OPERATIONS,
  };
}

const NATIONAL_CYCLE = Math.max(...NATIONAL_REGISTER_CYCLES);

/**
 * The synthetic national register, an office user of a rural gmina, a ministry analyst and an
 * admin, who releases the newest cycle once the server is serving (issue 8's "release as a job").
 */
async function prepareNational(owner: DataSource): Promise<Prepared> {
  const seedStarted = performance.now();
  const register = await seedNationalRegister(owner, {
    offices: process.env.BENCH_OFFICES ? Number(process.env.BENCH_OFFICES) : undefined,
  });
  const seeded = seconds(seedStarted);
  const [office]: { teryt: string; voivodeship: string }[] = await owner.query(
    `SELECT teryt, voivodeship_code AS voivodeship FROM office
      WHERE jst_type = 'GMINA_WIEJSKA' ORDER BY teryt LIMIT 1`,
  );
  const [{ id: programmeId }] = await owner.query('SELECT id FROM programme WHERE code = $1', [
    NATIONAL_PROGRAMME_CODE,
  ]);
  const accounts: DemoAccount[] = [
    {
      email: 'urzad@bench.caf-benchmark.pl',
      displayName: 'Urząd gminy wiejskiej (syntetyczny)',
      role: 'OFFICE_EDITOR',
      officeTeryt: office!.teryt,
    },
    {
      email: 'ministerstwo@bench.caf-benchmark.pl',
      displayName: 'Analityk ministerstwa (bench)',
      role: 'MINISTRY_ANALYST',
    },
    { email: 'admin@bench.caf-benchmark.pl', displayName: 'Administrator (bench)', role: 'ADMIN' },
  ];
  await ensureDemoAccounts(owner, accounts);
  const benchmark = (group: string, level = '') =>
    `{ benchmark(group: { ${group} }, cycleYear: ${NATIONAL_CYCLE}${level}) { n suppressed statistics { mean median own { percentileRank } } } }`;
  const regional = `voivodeshipCode: "${office!.voivodeship}", jstType: GMINA_WIEJSKA`;
  return {
    title: `a synthetic national register of ${register.offices} offices`,
    notes: [
      `Loading the register (${register.offices} offices, ${register.scores} scores): ${seeded}`,
    ],
    accounts,
    whileServing: async (ask, dataSource) => [
      ...(await releaseUnderLoad(ask, NATIONAL_CYCLE, { admin: 'admin', user: 'urzad' })),
      await publishedShare(dataSource),
    ],
    operations: {
      'office benchmark, voivodeship × type, criteria': {
        account: 'urzad',
        query: benchmark(regional),
      },
      'same, 28 sub-criteria': {
        account: 'urzad',
        query: benchmark(regional, ', level: SUB_CRITERION'),
      },
      'JST type nationwide': { account: 'urzad', query: benchmark('jstType: GMINA_WIEJSKA') },
      'ministry, national programme': {
        account: 'ministerstwo',
        query: `{ benchmark(group: { programmeId: "${programmeId}" }, cycleYear: ${NATIONAL_CYCLE}) { n suppressed statistics { mean median q1 q3 } } }`,
      },
      'offices ×50 with programmes, ISO, labels':
        DEMO_OPERATIONS['offices ×50 with programmes, ISO, labels']!,
      'appInfo (trivial)': { account: 'urzad', query: '{ appInfo { syntheticData } }' },
    },
  };
}

/** Issue 8's utility figure: of the groups one may ask for that reach k, how many are published. */
async function publishedShare(dataSource: DataSource): Promise<string> {
  const [{ askable, published }] = await dataSource.query(
    `SELECT count(*)::int AS askable, count(*) FILTER (WHERE suppressed IS NULL)::int AS published
       FROM released_group
      WHERE cycle_year = $1 AND n >= k AND cardinality(string_to_array(group_key, '&')) <= 3`,
    [NATIONAL_CYCLE],
  );
  const share = askable ? ((100 * published) / askable).toFixed(1) : '–';
  return `Askable groups (≤ 3 filters) with n ≥ k published in ${NATIONAL_CYCLE}: ${published} of ${askable} (${share} %)`;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
};

/**
 * Wrong passwords for the demo accounts and for as many unknown addresses, interleaved, each
 * address below the lockout threshold: the two medians should not differ beyond noise.
 */
async function signInTimes(
  post: (body: object) => Promise<Response>,
  accounts: readonly DemoAccount[],
): Promise<string> {
  const times = { known: [] as number[], unknown: [] as number[] };
  for (let round = 0; round < 4; round += 1) {
    for (const [i, account] of accounts.entries()) {
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
    const prepared = await prepare(withDatabase(roles.ownerUrl, database));
    await serve(withDatabase(roles.appUrl, database), prepared);
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
async function serve(appUrl: string, prepared: Prepared): Promise<void> {
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
    for (const account of prepared.accounts) {
      const response = await post({
        query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: account.email, p: DEMO_PASSWORD },
      });
      cookies.set(account.email.split('@')[0]!, response.headers.get('set-cookie')!.split(';')[0]!);
    }
    const ask: Ask = async <T>(account: string, query: string, variables?: object) => {
      const body = (await (await post({ query, variables }, cookies.get(account))).json()) as {
        data?: T;
        errors?: unknown;
      };
      if (body.errors) {
        throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
      }
      return body.data!;
    };
    const notes = [...prepared.notes, ...((await prepared.whileServing?.(ask, dataSource)) ?? [])];

    // tinybench is ESM-only: loaded with import(), which Node ≥ 20.19 allows from CommonJS.
    const { Bench } = await import('tinybench');
    const bench = new Bench({ time: 1500, warmupTime: 300 });
    const perRequest: Record<string, number> = {};
    const withheld: Record<string, string> = {};
    for (const [name, { account, query }] of Object.entries(prepared.operations)) {
      const before = statements;
      const data = await ask<{ benchmark?: { suppressed?: string | null } }>(account, query);
      perRequest[name] = statements - before;
      // A withheld group is cheap to answer: say so beside its speed.
      withheld[name] = data.benchmark?.suppressed ?? '';
      bench.add(name, async () => {
        await (await post({ query }, cookies.get(account))).json();
      });
    }
    await bench.run();
    console.log(
      `caf-benchmark API on ${prepared.title} (${os.cpus().length} CPUs, Node ${process.version})`,
    );
    notes.forEach(note => console.log(note));
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
          withheld: withheld[task.name],
        };
      }),
    );
    console.log(await signInTimes(post, prepared.accounts));
    await app.close();
  } finally {
    await dataSource.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
