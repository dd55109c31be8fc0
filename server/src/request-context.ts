import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import type { RequestMeta } from './auth/session.service';
import type { Viewer } from './auth/viewer';
import type { SecurityConfig } from './config';
import { type Context, isoDate } from './graphql/context';
import { createLoaders } from './loaders';

export interface ContextInput {
  dataSource: DataSource;
  viewer: Viewer;
  request: RequestMeta;
  response: Response;
  security: SecurityConfig;
  now?: () => Date;
}

/** A fresh context per request (API and CSV exports alike), so loader caches never leak. */
export function createContext({ now = () => new Date(), ...input }: ContextInput): Context {
  return { ...input, loaders: createLoaders(input.dataSource), today: isoDate(now()) };
}
