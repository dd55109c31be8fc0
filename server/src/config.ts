import path from 'node:path';

export type DemoDataMode = 'auto' | 'always' | 'never';

export interface AppConfig {
  port: number;
  /** A real PostgreSQL; when absent the embedded one is started. */
  databaseUrl: string | undefined;
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
    embeddedDataDir: path.resolve(env.EMBEDDED_PG_DIR ?? path.join(REPO_ROOT, '.data', 'postgres')),
    demoData: parseDemoData(env.DEMO_DATA),
    production: env.NODE_ENV === 'production',
    clientDistDir: path.resolve(env.CLIENT_DIST_DIR ?? path.join(REPO_ROOT, 'client', 'dist')),
  };
}

/** Whether this start should load the demo programme into an empty database. */
export const wantsDemoData = (config: AppConfig): boolean =>
  config.demoData === 'always' || (config.demoData === 'auto' && !config.databaseUrl);
