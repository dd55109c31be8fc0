import cors from 'cors';
import type { Express } from 'express';
import helmet from 'helmet';
import type { SecurityConfig } from '../config';

/**
 * Security headers and CORS. The client is served from the same origin, so no origin is allowed
 * cross-site unless CORS_ORIGINS lists it.
 */
export function applySecurityHeaders(app: Express, security: SecurityConfig): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // recharts and React set inline style attributes on SVG elements.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: security.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: security.cookieSecure,
    }),
  );
  app.use(
    '/graphql',
    cors({
      origin: security.corsOrigins.length > 0 ? security.corsOrigins : false,
      credentials: true,
    }),
  );
}
