import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders';

/** Everything a resolver may use; built fresh for every request so loader caches never leak. */
export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
  /** The request's notion of "today" for date-derived states (ISO status, label validity). */
  today: string;
}

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

export function createContext(dataSource: DataSource, now: () => Date = () => new Date()): Context {
  return { dataSource, loaders: createLoaders(dataSource), today: isoDate(now()) };
}
