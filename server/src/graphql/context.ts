import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import type { RequestMeta } from '../auth/session.service';
import type { Viewer } from '../auth/viewer';
import type { SecurityConfig } from '../config';
import { createLoaders, type Loaders } from './loaders';

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

export interface ContextInput {
  dataSource: DataSource;
  viewer: Viewer;
  request: RequestMeta;
  response: Response;
  security: SecurityConfig;
  now?: () => Date;
}

export function createContext({ now = () => new Date(), ...input }: ContextInput): Context {
  return { ...input, loaders: createLoaders(input.dataSource), today: isoDate(now()) };
}
