/**
 * `npm run soak`: a flood that once hung the server. 200 concurrent clients on loopback, for 60 s,
 * mix the heaviest requests (ten aliased benchmarks in one document, distributions, trends,
 * offices like mine, the ministry's programme statistics, nested office lists) with cheap ones,
 * against a server started as `npm start` starts it (embedded PostgreSQL, demo programme).
 * It prints requests served, errors by HTTP status and code, hung requests and the latency of the
 * cheap query during the flood, then checks that the server answers normally afterwards.
 * Expected: 0 hung, 0 HTTP 5xx. SOAK_SECONDS and SOAK_CLIENTS change the size; SOAK_URL aims it at
 * a server already running on this machine (loopback only).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../auth/bootstrap';
import { type Latencies, percentile, recordLatency } from './latencies';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 200);
/**
 * A request unanswered after this long counts as hung: well above every bound the server sets
 * itself (a heavy request's turn in the admission queue, then statements with their timeouts).
 */
const HUNG_AFTER_MS = 120_000;

type Account = 'urzad' | 'podglad' | 'lider' | 'ministerstwo' | null;

interface Request {
  name: string;
  account: Account;
  query: string;
  cheap?: boolean;
}

const aliased = (count: number, field: string): string =>
  `query ($p: ID!) { ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const MIX: Request[] = [
  {
    name: '10 aliased programme benchmarks',
    account: 'podglad',
    query: aliased(10, 'benchmark(cycleYear: 2024, group: { programmeId: $p }) { n }'),
  },
  {
    name: 'benchmark, 28 sub-criteria',
    account: 'urzad',
    query:
      'query ($p: ID!) { benchmark(group: { programmeId: $p }, cycleYear: 2024, level: SUB_CRITERION) { n statistics { key mean q1 q3 own { score } } } }',
  },
  {
    name: 'offices like mine',
    account: 'urzad',
    query: '{ benchmark(group: { likeMine: true }, cycleYear: 2024) { n statistics { mean } } }',
  },
  {
    name: 'distribution under pseudonyms',
    account: 'lider',
    query:
      'query ($p: ID!) { benchmarkDistribution(group: { programmeId: $p }, cycleYear: 2024, key: "INDEX") { points { label value } } }',
  },
  {
    name: 'trend over 8 cycles',
    account: 'lider',
    query:
      'query ($p: ID!) { benchmarkTrend(group: { programmeId: $p }, key: "INDEX", cycles: [2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]) { mean } }',
  },
  {
    name: 'ministry programme statistics',
    account: 'ministerstwo',
    query:
      'query ($p: ID!) { programme(id: $p) { criterionStatistics(cycleYear: 2024) { criteria { mean suppressed } } } }',
  },
  {
    name: 'offices ×50 nested',
    account: 'ministerstwo',
    query:
      '{ offices(take: 50) { items { name participations { programme { name } } isoStatus { status } cafLabel { status } } } }',
  },
  { name: 'appInfo (cheap)', account: null, query: '{ appInfo { syntheticData } }', cheap: true },
  { name: 'me (cheap)', account: 'podglad', query: '{ me { id } }', cheap: true },
];

interface Tally {
  served: number;
  hung: number;
  byOutcome: Map<string, number>;
  latency: Map<string, Latencies>;
}

async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'caf-soak-'));
  const child: ChildProcess = spawn(process.execPath, [path.resolve(__dirname, '..', 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      EMBEDDED_PG_DIR: dataDir,
      PORT: '0',
      DEMO_DATA: 'auto',
      // One loopback address plays 200 clients: the per-IP and per-user budgets would refuse them.
      RATE_LIMIT_PER_MINUTE_IP: '1000000000',
      RATE_LIMIT_PER_MINUTE_USER: '1000000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        resolve(match[1]!.replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', code => reject(new Error(`The server exited (${code}):\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise(resolve => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function loopbackTarget(): string | null {
  const target = process.env.SOAK_URL;
  if (!target) {
    return null;
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(target).hostname)) {
    throw new Error('SOAK_URL must be a loopback address: the soak floods what it targets.');
  }
  return target.replace(/\/$/, '');
}

async function post(url: string, query: string, variables: object, cookie: string) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(HUNG_AFTER_MS),
  });
}

async function signInAll(url: string): Promise<Map<Account, string>> {
  const cookies = new Map<Account, string>([[null, '']]);
  for (const account of DEMO_ACCOUNTS) {
    const response = await post(
      url,
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      { e: account.email, p: DEMO_PASSWORD },
      '',
    );
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) {
      throw new Error(`Sign-in of ${account.email} failed: ${await response.text()}`);
    }
    cookies.set(account.email.split('@')[0] as Account, cookie);
  }
  return cookies;
}

async function programmeId(url: string, cookie: string): Promise<string> {
  const body = (await (await post(url, '{ programmes { id code } }', {}, cookie)).json()) as {
    data: { programmes: { id: string; code: string }[] };
  };
  return body.data.programmes.find(p => p.code === 'dzierzoniow-2009')!.id;
}

async function oneRequest(
  url: string,
  request: Request,
  variables: object,
  cookie: string,
  tally: Tally,
) {
  const started = performance.now();
  let outcome: string;
  try {
    const response = await post(url, request.query, variables, cookie);
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    outcome = `HTTP ${response.status}${code ? ` ${code}` : ''}`;
    tally.served += 1;
    recordLatency(tally.latency, request.name, performance.now() - started);
  } catch (error) {
    const hung = (error as Error).name === 'TimeoutError';
    tally.hung += hung ? 1 : 0;
    outcome = hung ? 'hung' : `network error: ${(error as Error).message}`;
  }
  tally.byOutcome.set(outcome, (tally.byOutcome.get(outcome) ?? 0) + 1);
}

async function flood(
  url: string,
  cookies: Map<Account, string>,
  variables: object,
): Promise<Tally> {
  const tally: Tally = { served: 0, hung: 0, byOutcome: new Map(), latency: new Map() };
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = client; Date.now() < until; i += 1) {
        const request = MIX[i % MIX.length]!;
        await oneRequest(url, request, variables, cookies.get(request.account)!, tally);
      }
    }),
  );
  return tally;
}

async function main(): Promise<void> {
  const target = loopbackTarget();
  const server = target ? { url: target, stop: async () => undefined } : await startServer();
  try {
    const cookies = await signInAll(server.url);
    const variables = { p: await programmeId(server.url, cookies.get('ministerstwo')!) };
    console.log(`Soak: ${CLIENTS} clients for ${SECONDS} s against ${server.url}`);
    const tally = await flood(server.url, cookies, variables);

    const after: Tally = { served: 0, hung: 0, byOutcome: new Map(), latency: new Map() };
    for (const request of MIX) {
      await oneRequest(server.url, request, variables, cookies.get(request.account)!, after);
    }
    const healthy =
      (await fetch(`${server.url}/healthz`)).ok && (await fetch(`${server.url}/readyz`)).ok;

    console.log(`requests served: ${tally.served} (${(tally.served / SECONDS).toFixed(0)}/s)`);
    console.log(`hung (no answer in ${HUNG_AFTER_MS / 1000} s): ${tally.hung}`);
    console.table(Object.fromEntries([...tally.byOutcome].sort()));
    console.table(
      MIX.map(({ name }) => ({
        request: name,
        count: tally.latency.get(name)?.length ?? 0,
        'p50 ms': percentile(tally.latency.get(name), 0.5),
        'p95 ms': percentile(tally.latency.get(name), 0.95),
      })),
    );
    const afterOk = [...after.byOutcome.keys()].every(outcome => outcome === 'HTTP 200');
    console.log(
      `afterwards: ${afterOk && healthy ? 'answers normally' : 'NOT answering normally'}`,
    );
    console.table(Object.fromEntries(after.byOutcome));
    const serverErrors = [...tally.byOutcome].filter(([outcome]) => /^HTTP 5/.test(outcome));
    if (tally.hung > 0 || serverErrors.length > 0 || !afterOk || !healthy) {
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
