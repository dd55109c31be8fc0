import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

// PostgreSQL `date` values are calendar days, not instants: keep them as 'YYYY-MM-DD' strings
// instead of letting node-pg shift them into the process's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, value => value);

/**
 * Bounds on waiting, so an overloaded or stuck database gives errors instead of hanging requests.
 * The serving process sets them; migrations, seeding and releases may run long and leave them off.
 */
export interface ConnectionLimits {
  /** How long a request may wait for a pooled connection (pg's connectionTimeoutMillis). */
  acquireTimeoutMs: number;
  /** PostgreSQL cancels a statement that runs longer. */
  statementTimeoutMs: number;
  /** PostgreSQL ends a session that sits in an open transaction doing nothing for longer. */
  idleInTransactionTimeoutMs: number;
}

/** How long after statement_timeout the client stops waiting for an answer that never comes. */
const CLIENT_TIMEOUT_MARGIN_MS = 5000;

export interface DataSourceOptions {
  url: string;
  /** Pool size; the API and tests need few connections. */
  poolSize?: number;
  limits?: ConnectionLimits;
  logger?: Logger;
  applicationName?: string;
}

export function createDataSource({
  url,
  poolSize = 10,
  limits,
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
    // statement_timeout is PostgreSQL's own and needs its answer to arrive: when the network
    // goes silent (a dropped link, a frozen server) only the client can give up. query_timeout
    // does, a margin after the server would have cancelled; TCP keepalive finds dead idle sockets.
    extra: limits
      ? {
          connectionTimeoutMillis: limits.acquireTimeoutMs,
          statement_timeout: limits.statementTimeoutMs,
          idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
          query_timeout: limits.statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS,
          keepAlive: true,
        }
      : {},
    logger,
    logging: logger ? 'all' : false,
  });
}
