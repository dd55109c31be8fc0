/**
 * Database maintenance: `node db/dist/cli.js migrate|revert|seed|reset|seed-national` (npm run
 * db:*). `seed-national [--offices N] [--cycles 2020,2022,2024] [--seed S]` loads a synthetic
 * national register into an empty database instead of the demo. Runs as the schema owner:
 * MIGRATION_DATABASE_URL, else DATABASE_URL, else the owner role of the app's embedded cluster.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDataSource } from './data-source';
import { openDatabase } from './database';
import { seedDemo } from './seeds/demo-seed';
import { seedNationalRegister, type NationalRegisterOptions } from './seeds/national-register';

const COMMANDS = ['migrate', 'revert', 'seed', 'reset', 'seed-national'] as const;
type Command = (typeof COMMANDS)[number];

async function run(command: Command): Promise<void> {
  const national = command === 'seed-national' ? nationalOptions() : null;
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
    if (national) {
      const result = await seedNationalRegister(dataSource, national);
      console.log(
        `Seeded a synthetic national register: ${result.offices} offices, ${result.programmes} programmes, ${result.assessments} assessments, ${result.scores} scores.`,
      );
    }
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

function nationalOptions(): NationalRegisterOptions {
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: { offices: { type: 'string' }, cycles: { type: 'string' }, seed: { type: 'string' } },
  });
  const integer = (text: string): number => {
    if (!/^\d+$/.test(text)) {
      throw new Error(`seed-national: ${text} is not a whole number`);
    }
    return Number(text);
  };
  return {
    offices: values.offices === undefined ? undefined : integer(values.offices),
    cycles: values.cycles?.split(',').map(integer),
    seed: values.seed === undefined ? undefined : integer(values.seed),
  };
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
