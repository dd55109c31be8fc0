import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { type Context, createContext } from './graphql/context';
import { createErrorFormatter } from './graphql/errors';
import { buildAppSchema } from './graphql/schema';

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  /** Stops accepting requests and waits for those in flight. */
  close(): Promise<void>;
}

type AppOptions = Pick<AppConfig, 'production' | 'clientDistDir'> & { now?: () => Date };

/** Apollo at /graphql and the built client at / on one HTTP server. */
export async function createApp(dataSource: DataSource, options: AppOptions): Promise<App> {
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options.production),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => createContext(dataSource, options.now) }),
  );
  serveClient(app, options.clientDistDir);

  return {
    httpServer,
    apollo,
    close: async () => {
      await apollo.stop();
      httpServer.closeAllConnections();
    },
  };
}

function serveClient(app: express.Express, distDir: string): void {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, res) => {
      res.status(503).type('text').send('The client is not built: run `npm run build` (npm start does it).');
    });
    return;
  }
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  // Client-side routes: every other GET that is not an asset gets the single-page app.
  app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(index));
}
