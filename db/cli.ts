/**
 * Database maintenance: `node db/dist/cli.js migrate|revert|seed|reset` (npm run db:*).
 * Runs as the schema owner: MIGRATION_DATABASE_URL, else DATABASE_URL, else the owner role of the
 * app's embedded cluster.
 */
import path from 'node:path';
import { createDataSource } from './data-source';
import { openDatabase } from './database';
import { seedDemo } from './seeds/demo-seed';

const COMMANDS = ['migrate', 'revert', 'seed', 'reset'] as const;
type Command = (typeof COMMANDS)[number];

async function run(command: Command): Promise<void> {
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL || process.env.MIGRATION_DATABASE_URL,
    migrationDatabaseUrl: process.env.MIGRATION_DATABASE_URL,
    embeddedDataDir:
      process.env.EMBEDDED_PG_DIR ?? path.resolve(__dirname, '..', '..', '.data', 'postgres'),
    databaseName: 'caf_benchmark',
  });
  const dataSource = createDataSource({ url: database.ownerUrl });
  try {
    await dataSource.initialize();
    if (command === 'reset') {
      // The whole schema, so functions, triggers and views go too (dropDatabase() leaves them).
      await dataSource.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    }
    if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
    } else {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      applied.forEach(m => console.log(`Applied ${m.name}`));
    }
    if (command === 'seed' || command === 'reset') {
      const result = await seedDemo(dataSource);
      console.log(
        result.loaded
          ? `Seeded ${result.offices} offices, ${result.assessments} assessments.`
          : 'Demo data already present.',
      );
    }
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

const command = process.argv[2] as Command;
if (!COMMANDS.includes(command)) {
  console.error(`Usage: node db/dist/cli.js <${COMMANDS.join('|')}>`);
  process.exit(2);
}
run(command).catch(error => {
  console.error(error);
  process.exit(1);
});
