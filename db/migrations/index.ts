import { Init1795629926911 } from './1795629926911-Init';
import { Identity1795630239418 } from './1795630239418-Identity';
import { Benchmark1795633241051 } from './1795633241051-Benchmark';

/** Every migration in order; listed explicitly so compiled and ts-run code load the same set. */
export const MIGRATIONS = [Init1795629926911, Identity1795630239418, Benchmark1795633241051];
