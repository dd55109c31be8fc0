import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createDataSource, DEMO_LAST_FINISHED_CYCLE, openDatabase, seedDemo } from '@caf/db';
import { createApp } from './app';
import { assertAcceptablePassword } from './auth/password';
import { ensureDemoAccounts, ensureInitialAdmin } from './auth/bootstrap';
import { releaseDemoCycles } from './benchmark/release-verdicts';
import { loadConfig, wantsDemoData } from './config';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    embeddedDataDir: config.embeddedDataDir,
    databaseName: 'caf_benchmark',
  });
  console.log(`Database: ${database.description}`);
  const dataSource = createDataSource({ url: database.url, ...config.database });
  await dataSource.initialize();
  const migrations = await dataSource.runMigrations({ transaction: 'each' });
  migrations.forEach(m => console.log(`Applied migration ${m.name}`));
  if (wantsDemoData(config)) {
    const seeded = await seedDemo(dataSource);
    console.log(
      seeded.loaded
        ? `Loaded the demo programme (${seeded.offices} offices, synthetic scores).`
        : 'Demo data already present.',
    );
    await releaseDemoCycles(dataSource, DEMO_LAST_FINISHED_CYCLE);
    if (await ensureDemoAccounts(dataSource)) {
      console.log('Created the demo accounts (see README).');
    }
  }
  if (config.initialAdmin) {
    assertAcceptablePassword(config.initialAdmin.password, 'ADMIN_PASSWORD');
    if (await ensureInitialAdmin(dataSource, config.initialAdmin)) {
      console.log(`Created the first admin ${config.initialAdmin.email}.`);
    }
  }

  const app = await createApp(dataSource, config);
  await new Promise<void>(resolve => app.httpServer.listen(config.port, resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  console.log(`caf-benchmark is running at http://localhost:${port} (GraphQL at /graphql)`);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Order matters: no new requests, then no connections, then the cluster they talked to.
    await app.close().catch(error => console.error(error));
    await dataSource.destroy().catch(error => console.error(error));
    await database.stop().catch(error => console.error(error));
    process.exit(0);
  };
  process.on('SIGINT', signal => void shutdown(signal));
  process.on('SIGTERM', signal => void shutdown(signal));
}

main().catch(error => {
  console.error('caf-benchmark failed to start:', error);
  process.exit(1);
});
