import type { DataSource } from 'typeorm';
import type { Loaders } from './graphql/context';
import { createBenchmarkLoaders } from './benchmark/benchmark.loaders';
import { createLabelLoaders } from './label/label.loaders';
import { createIsoLoaders } from './iso/iso.loaders';
import { createOfficeLoaders } from './office/office.loaders';
import { createProgrammeLoaders } from './programme/programme.loaders';
import { createUserLoaders } from './user/user.loaders';

/**
 * One set of DataLoaders per request (see createContext); each batch is one SQL statement.
 * Assembled here at the top, beside app.ts: every feature's loaders in one object.
 */
export const createLoaders = (ds: DataSource): Loaders => ({
  ...createOfficeLoaders(ds),
  ...createProgrammeLoaders(ds),
  ...createIsoLoaders(ds),
  ...createLabelLoaders(ds),
  ...createUserLoaders(ds),
  ...createBenchmarkLoaders(ds),
});
