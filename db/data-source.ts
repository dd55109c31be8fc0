import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

// PostgreSQL `date` values are calendar days, not instants: keep them as 'YYYY-MM-DD' strings
// instead of letting node-pg shift them into the process's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, value => value);

export interface DataSourceOptions {
  url: string;
  /** Pool size; the API and tests need few connections. */
  poolSize?: number;
  logger?: Logger;
  applicationName?: string;
}

export function createDataSource({
  url,
  poolSize = 10,
  logger,
  applicationName = 'caf-benchmark',
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize,
    applicationName,
    logger,
    logging: logger ? 'all' : false,
  });
}
