import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { createDataSource, withDatabase } from '@caf/db';
import { testEnv } from './test-env';

export interface TestDatabase {
  /** As the app's role (owns nothing, only the migrations' grants): what a server under test uses. */
  url: string;
  /** As the schema owner: fixtures, and checks of what the app itself may not do. */
  dataSource: DataSource;
  /** SQL statements sent since the last reset: the N+1 guard of the API tests. */
  queries: QueryCounter;
  drop(): Promise<void>;
}

export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];

  reset(): void {
    this.count = 0;
    this.statements = [];
  }

  logQuery(query: string): void {
    // Transaction control is not a data access; count only what touches tables.
    if (!/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET TRANSACTION)/i.test(query)) {
      this.count += 1;
      this.statements.push(query);
    }
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(testEnv('serverUrl'), 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, cloned from the migrated template (with or without the
 * demo programme) and owned by the run's owner role. Database names end with the run id so that
 * teardown can find leftovers.
 */
export async function createTestDatabase(options: { demo?: boolean } = {}): Promise<TestDatabase> {
  const template = testEnv(options.demo ? 'demoTemplate' : 'emptyTemplate');
  const runSuffix = testEnv('emptyTemplate').replace('caf_test_empty_', '');
  const name = `caf_test_${randomBytes(4).toString('hex')}_${runSuffix}`;
  const owner = decodeURIComponent(new URL(testEnv('ownerUrl')).username);
  await admin(async client => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(
          `CREATE DATABASE ${client.escapeIdentifier(name)} OWNER ${client.escapeIdentifier(owner)} TEMPLATE ${client.escapeIdentifier(template)}`,
        );
        return;
      } catch (error) {
        // Two workers cloning the same template at once: PostgreSQL refuses the second; retry.
        if (attempt >= 20 || !String(error).includes('being accessed by other users')) {
          throw error;
        }
        await new Promise(resolve => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  const url = withDatabase(testEnv('appUrl'), name);
  const queries = new QueryCounter();
  const dataSource = createDataSource({
    url: withDatabase(testEnv('ownerUrl'), name),
    poolSize: 4,
    logger: queries,
  });
  await dataSource.initialize();
  return {
    url,
    dataSource,
    queries,
    drop: async () => {
      await dataSource.destroy();
      await admin(client =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      );
    },
  };
}
