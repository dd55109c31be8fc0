import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { DataSource } from 'typeorm';
import { SessionService } from './auth/session.service';
import type { Viewer } from './auth/viewer';
import { type AppConfig, DEFAULT_DATABASE } from './config';
import type { Context } from './graphql/context';
import { createContext } from './request-context';
import { createErrorFormatter } from './graphql/errors';
import { queryLimits } from './graphql/query-limits';
import { wellFormedInputPlugin } from './graphql/well-formed-input.plugin';
import { exportRoutes } from './export/export.routes';
import { stopReleaseJobs } from './benchmark/release-job.runner';
import { buildAppSchema } from './schema';
import { admissionPlugin } from './graphql/admission.plugin';
import { serviceUnavailablePlugin } from './graphql/service-unavailable.plugin';
import { jsonErrorHandler } from './http/error-handler';
import { healthRoutes } from './http/health';
import { rateLimit } from './http/rate-limit';
import { applySecurityHeaders } from './http/security';
import { resolveViewer } from './http/session-middleware';

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** Stops accepting requests and waits for those in flight. */
  close(): Promise<void>;
}

type AppOptions = Pick<AppConfig, 'production' | 'clientDistDir' | 'security'> & {
  now?: () => Date;
};

/** Request body cap: the largest legitimate operation (an assessment of 28 scores) is a few KB. */
export const MAX_REQUEST_BYTES = 100 * 1024;

/** Apollo at /graphql and the built client at / on one HTTP server. */
export async function createApp(dataSource: DataSource, options: AppOptions): Promise<App> {
  const app = express();
  const httpServer = createServer(app);
  const protection = queryLimits(options.production);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    csrfPrevention: true,
    // main.ts owns shutdown (HTTP, then the pool, then the database) in that order.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: protection.parseOptions,
    validationRules: protection.validationRules,
    formatError: createErrorFormatter(options.production),
    // Requests in flight get 3 s to finish on shutdown; idle keep-alive connections close at once.
    plugins: [
      ...protection.plugins,
      wellFormedInputPlugin,
      admissionPlugin(admissionLimits(dataSource)),
      serviceUnavailablePlugin,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 3000 }),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  if (options.security.trustProxy) {
    app.set('trust proxy', options.security.trustProxy);
  }
  applySecurityHeaders(app, options.security);
  const health = healthRoutes(app, databaseUrlOf(dataSource));
  // Who is asking and whether they are over their budget: shared by the API and the exports.
  const identifyAndLimit = [
    cookieParser(),
    resolveViewer(dataSource, new SessionService(options.security.sessionTtlHours)),
    rateLimit(options.security),
  ];
  // One context per request, for the API and the CSV exports alike.
  const contextFor = (req: express.Request, res: express.Response): Context =>
    createContext({
      dataSource,
      viewer: res.locals.viewer as Viewer,
      request: {
        ip: req.ip ?? null,
        userAgent: req.get('user-agent') ?? null,
        origin: `${req.protocol}://${req.get('host')}`,
      },
      response: res,
      security: options.security,
      now: options.now,
    });
  app.use(
    '/graphql',
    ...identifyAndLimit,
    express.json({ limit: MAX_REQUEST_BYTES }),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, res) }),
  );
  app.use('/export', ...identifyAndLimit, exportRoutes(contextFor));
  serveClient(app, options.clientDistDir);
  app.use(jsonErrorHandler);

  return {
    httpServer,
    apollo,
    close: async () => {
      await apollo.stop();
      httpServer.closeAllConnections();
      // Before the pool closes: a release in progress rolls back and its job ends FAILED.
      await stopReleaseJobs(dataSource);
      await health.close();
    },
  };
}

/**
 * Heavy operations take turns by the pool's size, and wait at most three acquire timeouts: longer
 * than any single connection wait, so a queue that moves is never cut short.
 */
function admissionLimits(dataSource: DataSource): { poolSize: number; maxWaitMs: number } {
  const { poolSize, extra } = dataSource.options as {
    poolSize?: number;
    extra?: { connectionTimeoutMillis?: number };
  };
  return {
    poolSize: poolSize ?? 10,
    maxWaitMs: 3 * (extra?.connectionTimeoutMillis ?? DEFAULT_DATABASE.limits.acquireTimeoutMs),
  };
}

function databaseUrlOf(dataSource: DataSource): string {
  const { url } = dataSource.options as { url?: string };
  if (!url) {
    throw new Error('The data source needs a connection URL.');
  }
  return url;
}

function serveClient(app: express.Express, distDir: string): void {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text')
        .send('The client is not built: run `npm run build` (npm start does it).');
    });
    return;
  }
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  // Client-side routes: every other GET that is not an asset gets the single-page app.
  app.get(/^\/(?!graphql|healthz|readyz|export).*/, (_req, res) => res.sendFile(index));
}
