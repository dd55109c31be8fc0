import path from 'node:path';
import type { ConnectionLimits } from '@caf/db';

export type DemoDataMode = 'auto' | 'always' | 'never';

export interface AppConfig {
  port: number;
  /** A real PostgreSQL, as the app's role; when absent the embedded one is started. */
  databaseUrl: string | undefined;
  /** The schema owner's connection for migrations and seeding; databaseUrl when absent. */
  migrationDatabaseUrl: string | undefined;
  /** Where the embedded cluster keeps its files (git-ignored). */
  embeddedDataDir: string;
  /**
   * Demo programme: loaded into an empty embedded database by default ('auto'); a production start
   * against DATABASE_URL loads nothing unless DEMO_DATA=always.
   */
  demoData: DemoDataMode;
  production: boolean;
  /** The built client (vite build output) served at `/`. */
  clientDistDir: string;
  security: SecurityConfig;
  database: DatabaseConfig;
  /** First admin of a production start (created once, when no admin exists). */
  initialAdmin: { email: string; password: string } | null;
}

export interface SecurityConfig {
  sessionTtlHours: number;
  /** Secure cookies need HTTPS; on by default in production. */
  cookieSecure: boolean;
  /** Origins allowed to call the API from a browser; same-origin only when empty. */
  corsOrigins: string[];
  rateLimitPerMinuteIp: number;
  rateLimitPerMinuteUser: number;
  /** Express `trust proxy`, for the client IP behind a reverse proxy (e.g. 1 or loopback). */
  trustProxy: string | undefined;
}

/** The serving pool: bounded in size and in every wait, so overload answers 503 instead of hanging. */
export interface DatabaseConfig {
  poolSize: number;
  limits: ConnectionLimits;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function parseDemoData(value: string | undefined): DemoDataMode {
  if (value === undefined || value === '' || value === 'auto') {
    return 'auto';
  }
  if (value === 'always' || value === 'never') {
    return value;
  }
  throw new Error(`DEMO_DATA must be auto, always or never (got "${value}").`);
}

function parsePositive(name: string, value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? fallback : Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new Error(`${name} must be a positive integer (got "${value}").`);
  }
  return parsed;
}

function parseInitialAdmin(env: NodeJS.ProcessEnv): AppConfig['initialAdmin'] {
  if (!env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) {
    return null;
  }
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) {
    throw new Error('Set both ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin.');
  }
  return { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD };
}

function parsePort(value: string | undefined): number {
  const port = Number(value ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535 (got "${value}").`);
  }
  return port;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: parsePort(env.PORT),
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    embeddedDataDir: path.resolve(env.EMBEDDED_PG_DIR ?? path.join(REPO_ROOT, '.data', 'postgres')),
    demoData: parseDemoData(env.DEMO_DATA),
    production: env.NODE_ENV === 'production',
    clientDistDir: path.resolve(env.CLIENT_DIST_DIR ?? path.join(REPO_ROOT, 'client', 'dist')),
    security: {
      sessionTtlHours: parsePositive('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12),
      cookieSecure: env.COOKIE_SECURE
        ? env.COOKIE_SECURE === 'true'
        : env.NODE_ENV === 'production',
      corsOrigins: (env.CORS_ORIGINS ?? '')
        .split(',')
        .map(o => o.trim())
        .filter(Boolean),
      rateLimitPerMinuteIp: parsePositive(
        'RATE_LIMIT_PER_MINUTE_IP',
        env.RATE_LIMIT_PER_MINUTE_IP,
        600,
      ),
      rateLimitPerMinuteUser: parsePositive(
        'RATE_LIMIT_PER_MINUTE_USER',
        env.RATE_LIMIT_PER_MINUTE_USER,
        300,
      ),
      trustProxy: env.TRUST_PROXY || undefined,
    },
    database: {
      poolSize: parsePositive('DB_POOL_SIZE', env.DB_POOL_SIZE, 10),
      limits: {
        acquireTimeoutMs: parsePositive('DB_ACQUIRE_TIMEOUT_MS', env.DB_ACQUIRE_TIMEOUT_MS, 10_000),
        statementTimeoutMs: parsePositive(
          'DB_STATEMENT_TIMEOUT_MS',
          env.DB_STATEMENT_TIMEOUT_MS,
          15_000,
        ),
        idleInTransactionTimeoutMs: parsePositive(
          'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS',
          env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
          10_000,
        ),
      },
    },
    initialAdmin: parseInitialAdmin(env),
  };
}

/** Settings for tests and tools that do not read the environment. */
export const DEFAULT_SECURITY: SecurityConfig = loadConfig({}).security;
export const DEFAULT_DATABASE: DatabaseConfig = loadConfig({}).database;

/** Whether this start should load the demo programme into an empty database. */
export const wantsDemoData = (config: AppConfig): boolean =>
  config.demoData === 'always' || (config.demoData === 'auto' && !config.databaseUrl);
