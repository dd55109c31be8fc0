import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import type { RequestMeta } from '../auth/session.service';
import type { Viewer } from '../auth/viewer';
import type { SecurityConfig } from '../config';

/**
 * The request's DataLoaders. Each feature adds its own to this interface from its `*.loaders.ts`
 * (module augmentation), so this ground floor never imports a feature; `server/src/loaders.ts`
 * assembles them at the top.
 */
export interface Loaders {}

/** Everything a resolver may use; built fresh for every request so loader caches never leak. */
export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
  /** The request's notion of "today" for date-derived states (ISO status, label validity). */
  today: string;
  viewer: Viewer;
  request: RequestMeta;
  /** For Set-Cookie on login and logout. */
  response: Response;
  security: SecurityConfig;
}

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
