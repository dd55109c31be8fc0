import { Client } from 'pg';
import { dropRoles, withDatabase } from '../../db/dist';
import { TEST_ENV } from './test-env';

const roleOf = (url: string): string => decodeURIComponent(new URL(url).username);

export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as { __cafTestCluster?: { stop(): Promise<void> } }).__cafTestCluster;
  if (cluster) {
    await cluster.stop(); // ephemeral: the cluster directory goes with it
    return;
  }
  // A shared server (DATABASE_URL): drop what this run created, including any file's leftovers.
  const serverUrl = process.env[TEST_ENV.serverUrl]!;
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  const runSuffix = process.env[TEST_ENV.emptyTemplate]!.replace('caf_test_empty_', '');
  const { rows } = await client.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'caf_test_%' AND datname LIKE '%' || $1`,
    [runSuffix],
  );
  for (const { datname } of rows) {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
  }
  await client.end();
  // The run's roles own nothing once its databases are gone.
  await dropRoles(serverUrl, {
    owner: roleOf(process.env[TEST_ENV.ownerUrl]!),
    app: roleOf(process.env[TEST_ENV.appUrl]!),
  });
}
