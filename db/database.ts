import { Client } from 'pg';
import { withDatabase } from './connection-url';
import { startEmbeddedPostgres } from './embedded-postgres';
import { adoptDatabase, ensureRoles } from './roles';

export { withDatabase };

export interface DatabaseHandle {
  /** The serving app's connection: a role that owns nothing and holds only the app's grants. */
  url: string;
  /** The owner's connection, for migrations, seeding and the demo release at start-up. */
  ownerUrl: string;
  /** For the start-up log: which server this is, without credentials. */
  description: string;
  stop(): Promise<void>;
}

/** Creates `database` (owned by `owner`, cloned from `template`) unless it exists. */
export async function ensureDatabase(
  serverUrl: string,
  database: string,
  options: { template?: string; owner?: string } = {},
): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) {
      const owner = options.owner ? ` OWNER ${client.escapeIdentifier(options.owner)}` : '';
      const from = options.template ? ` TEMPLATE ${client.escapeIdentifier(options.template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${owner}${from}`);
    }
  } finally {
    await client.end();
  }
}

/** Login roles of the embedded cluster; the app's is the role the migrations grant to. */
const EMBEDDED_ROLES = { owner: 'caf_owner', app: 'caf_app' } as const;

/**
 * The database the app runs on: DATABASE_URL (the app's role) with MIGRATION_DATABASE_URL (the
 * owner; DATABASE_URL when not given) — or a database in the embedded PostgreSQL whose cluster
 * lives in `embeddedDataDir`, where the two roles are made at every start.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  migrationDatabaseUrl?: string;
  embeddedDataDir: string;
  databaseName: string;
  log?: (message: string) => void;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const { hostname, port, pathname } = new URL(options.databaseUrl);
    return {
      url: options.databaseUrl,
      ownerUrl: options.migrationDatabaseUrl ?? options.databaseUrl,
      description: `PostgreSQL at ${hostname}:${port || 5432}${pathname}`,
      stop: async () => undefined,
    };
  }
  const cluster = await startEmbeddedPostgres({
    dataDir: options.embeddedDataDir,
    log: options.log,
  });
  try {
    const roles = await ensureRoles(cluster.url, EMBEDDED_ROLES);
    await ensureDatabase(cluster.url, options.databaseName, { owner: EMBEDDED_ROLES.owner });
    // A cluster from before the roles existed keeps its objects owned by the superuser.
    await adoptDatabase(cluster.url, options.databaseName, EMBEDDED_ROLES.owner);
    return {
      url: withDatabase(roles.appUrl, options.databaseName),
      ownerUrl: withDatabase(roles.ownerUrl, options.databaseName),
      description: `embedded PostgreSQL in ${cluster.dataDir}, port ${cluster.port}`,
      stop: cluster.stop,
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
