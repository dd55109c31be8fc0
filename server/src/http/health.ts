import type { Express } from 'express';
import pg from 'pg';

/** How long readiness may take before the database counts as unavailable. */
const READINESS_TIMEOUT_MS = 2000;

/**
 * `/healthz` says the process is alive and touches nothing else, so an exhausted pool or a slow
 * database never makes an orchestrator kill a server that is merely busy. `/readyz` asks the
 * database over its own single connection with short timeouts — never the request pool, which a
 * flood may hold — and answers 503 when it does not reply in time.
 */
export function healthRoutes(app: Express, databaseUrl: string): { close(): Promise<void> } {
  const probe = new pg.Pool({
    connectionString: databaseUrl,
    max: 1,
    connectionTimeoutMillis: READINESS_TIMEOUT_MS,
    statement_timeout: READINESS_TIMEOUT_MS,
    query_timeout: READINESS_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    application_name: 'caf-benchmark readiness',
  });
  // An idle probe connection that the server drops must not crash the process.
  probe.on('error', () => undefined);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await probe.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  return { close: () => probe.end() };
}
