import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '@caf/db';
import { createApp } from './app';
import { loadConfig } from './config';
import { openAppDataSource, prepareDatabase } from './database-setup';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    migrationDatabaseUrl: config.migrationDatabaseUrl,
    embeddedDataDir: config.embeddedDataDir,
    databaseName: 'caf_benchmark',
  });
  console.log(`Database: ${database.description}`);
  // The app's role is checked before the owner touches anything; the owner's connections are
  // closed again before the first request.
  const dataSource = await openAppDataSource(database.url, config);
  await prepareDatabase(database, config);

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
