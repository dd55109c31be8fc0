import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, postGraphQL } from '../../support/api';
import { createTestDatabase } from '../../support/database';

const MAIN = path.resolve(__dirname, '..', '..', '..', 'server', 'dist', 'main.js');

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
}

/** `node server/dist/main.js` exactly as `npm start` runs it: on its own embedded cluster by default. */
async function startProduct(dataDir: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<Running> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', EMBEDDED_PG_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.DEMO_DATA;
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, [MAIN], { env });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', chunk => {
      output += chunk;
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        resolve(match[1]!);
      }
    });
    child.stderr.on('data', chunk => (output += chunk));
    child.on('exit', code => reject(new Error(`exited with ${code} before listening:\n${output}`)));
  });
  return { child, url, output: () => output };
}

async function stopProduct({ child }: Running, signal: NodeJS.Signals): Promise<number | null> {
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
  child.kill(signal);
  return exited;
}

const postgresRunningIn = async (dataDir: string): Promise<boolean> => {
  const ps = spawn('ps', ['-eo', 'args']);
  let out = '';
  ps.stdout.on('data', chunk => (out += chunk));
  await new Promise(resolve => ps.on('exit', resolve));
  return out.split('\n').some(line => line.includes('postgres') && line.includes(dataDir));
};

describe('npm start on the embedded PostgreSQL', () => {
  let dataDir: string;
  beforeAll(async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'caf-start-'));
    await chmod(parent, 0o755); // under root, PostgreSQL runs as `postgres` and must reach it
    dataDir = path.join(parent, 'postgres');
  });
  afterAll(() => rm(path.dirname(dataDir), { recursive: true, force: true }));

  it('serves the demo programme, and SIGTERM leaves no server process and a clean cluster', async () => {
    const product = await startProduct(dataDir);
    const health = await fetch(`${product.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const signIn = await postGraphQL(product.url, {
      query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: DEMO_ACCOUNTS[0]!.email, p: DEMO_PASSWORD },
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const response = await postGraphQL(
      product.url,
      { query: '{ appInfo { syntheticData } programmes { code } }' },
      { cookie },
    );
    const { data } = await response.json();
    expect(data.appInfo.syntheticData).toBe(true);
    expect(data.programmes.map((p: { code: string }) => p.code)).toContain('dzierzoniow-2009');
    expect(product.output()).toContain('Loaded the demo programme');

    expect(await stopProduct(product, 'SIGTERM')).toBe(0);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(await postgresRunningIn(dataDir)).toBe(false);
  });

  it('restarts on the same cluster without reloading the demo, and stops on SIGINT', async () => {
    const product = await startProduct(dataDir);
    expect(product.output()).toContain('Demo data already present');
    expect(await stopProduct(product, 'SIGINT')).toBe(0);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('in production against DATABASE_URL loads no demo data and creates only the admin from the environment', async () => {
    const db = await createTestDatabase();
    try {
      const product = await startProduct(dataDir, {
        DATABASE_URL: db.url,
        NODE_ENV: 'production',
        ADMIN_EMAIL: 'Admin@Urzad.example.pl',
        ADMIN_PASSWORD: 'a-long-admin-password',
      });
      expect(product.output()).toContain('Created the first admin');
      const [{ users, programmes, offices }] = await db.dataSource.query(
        'SELECT (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM programme) AS programmes, (SELECT count(*)::int FROM office) AS offices',
      );
      expect({ users, programmes, offices }).toEqual({ users: 1, programmes: 0, offices: 0 });
      const signIn = await postGraphQL(product.url, {
        query:
          'mutation { signIn(email: "admin@urzad.example.pl", password: "a-long-admin-password") { roles { role } } }',
      });
      expect((await signIn.json()).data.signIn.roles).toEqual([{ role: 'ADMIN' }]);
      expect(await stopProduct(product, 'SIGTERM')).toBe(0);
    } finally {
      await db.drop();
    }
  });
});
