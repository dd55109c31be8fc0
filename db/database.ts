import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  url: string;
  /** For the start-up log: which server this is, without credentials. */
  description: string;
  stop(): Promise<void>;
}

/** Replaces the database name of a connection string. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function ensureDatabase(
  serverUrl: string,
  database: string,
  template?: string,
): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${from}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * The database the app runs on: DATABASE_URL when given, else a database in the embedded
 * PostgreSQL whose cluster lives in `embeddedDataDir`.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  embeddedDataDir: string;
  databaseName: string;
  log?: (message: string) => void;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const { host, port, pathname } = new URL(options.databaseUrl);
    return {
      url: options.databaseUrl,
      description: `PostgreSQL at ${host}:${port || 5432}${pathname}`,
      stop: async () => undefined,
    };
  }
  const cluster = await startEmbeddedPostgres({
    dataDir: options.embeddedDataDir,
    log: options.log,
  });
  try {
    await ensureDatabase(cluster.url, options.databaseName);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return {
    url: withDatabase(cluster.url, options.databaseName),
    description: `embedded PostgreSQL in ${cluster.dataDir}, port ${cluster.port}`,
    stop: cluster.stop,
  };
}
