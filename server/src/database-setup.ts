import {
  createDataSource,
  DEMO_LAST_FINISHED_CYCLE,
  excessPower,
  seedDemo,
  type DatabaseHandle,
} from '@caf/db';
import type { DataSource } from 'typeorm';
import { assertAcceptablePassword } from './auth/password';
import { ensureDemoAccounts, ensureInitialAdmin } from './auth/bootstrap';
import { releaseDemoCycles } from './benchmark/release-verdicts';
import { type AppConfig, wantsDemoData } from './config';

/**
 * The serving pool, as the app's role. It must not be able to change what it is audited by: a
 * role that is a superuser, owns tables or may rewrite audit_log is refused in production and
 * warned about elsewhere (a single powerful DATABASE_URL in development).
 */
export async function openAppDataSource(url: string, config: AppConfig): Promise<DataSource> {
  const dataSource = createDataSource({ url, ...config.database });
  await dataSource.initialize();
  const excess = await excessPower(dataSource);
  if (excess.length > 0) {
    const message = `The server's database role ${excess.join(', ')}; give DATABASE_URL the app role and MIGRATION_DATABASE_URL the owner (README: Database roles).`;
    if (config.production) {
      await dataSource.destroy();
      throw new Error(message);
    }
    console.warn(`Warning: ${message}`);
  }
  return dataSource;
}

/** Migrations, the demo programme and the first admin, as the schema's owner. */
export async function prepareDatabase(
  database: Pick<DatabaseHandle, 'ownerUrl'>,
  config: AppConfig,
): Promise<void> {
  const owner = createDataSource({ url: database.ownerUrl, poolSize: 2 });
  await owner.initialize();
  try {
    await migrate(owner);
    if (wantsDemoData(config)) {
      const seeded = await seedDemo(owner);
      console.log(
        seeded.loaded
          ? `Loaded the demo programme (${seeded.offices} offices, synthetic scores).`
          : 'Demo data already present.',
      );
      await releaseDemoCycles(owner, DEMO_LAST_FINISHED_CYCLE);
      if (await ensureDemoAccounts(owner)) {
        console.log('Created the demo accounts (see README).');
      }
    }
    if (config.initialAdmin) {
      assertAcceptablePassword(config.initialAdmin.password, 'ADMIN_PASSWORD');
      if (await ensureInitialAdmin(owner, config.initialAdmin)) {
        console.log(`Created the first admin ${config.initialAdmin.email}.`);
      }
    }
  } finally {
    await owner.destroy();
  }
}

/**
 * Applies pending migrations. A connection that may not create tables (only DATABASE_URL, as the
 * app role) cannot: then the owner must have applied them beforehand (`npm run db:migrate`).
 */
async function migrate(owner: DataSource): Promise<void> {
  const [{ mayCreate }] = await owner.query(
    `SELECT has_schema_privilege('public', 'CREATE') AS "mayCreate"`,
  );
  if (!mayCreate) {
    // Without the migrations table the app role cannot even read it: nothing was applied.
    if (await owner.showMigrations().catch(() => true)) {
      throw new Error(
        'Migrations are pending and DATABASE_URL may not apply them: set MIGRATION_DATABASE_URL to the schema owner (README: Database roles).',
      );
    }
    return;
  }
  const applied = await owner.runMigrations({ transaction: 'each' });
  applied.forEach(m => console.log(`Applied migration ${m.name}`));
}
