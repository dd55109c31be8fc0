import type { DataSource } from 'typeorm';
import { createBenchmarkLoaders } from '../benchmark/benchmark.loaders';
import { createLabelLoaders } from '../label/label.loaders';
import { createIsoLoaders } from '../iso/iso.loaders';
import { createOfficeLoaders } from '../office/office.loaders';
import { createProgrammeLoaders } from '../programme/programme.loaders';
import { createUserLoaders } from '../user/user.loaders';

/** One set of DataLoaders per request (see createContext); each batch is one SQL statement. */
export const createLoaders = (ds: DataSource) => ({
  ...createOfficeLoaders(ds),
  ...createProgrammeLoaders(ds),
  ...createIsoLoaders(ds),
  ...createLabelLoaders(ds),
  ...createUserLoaders(ds),
  ...createBenchmarkLoaders(ds),
});

export type Loaders = ReturnType<typeof createLoaders>;
