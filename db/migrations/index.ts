import { Init1795629926911 } from './1795629926911-Init';
import { Identity1795630239418 } from './1795630239418-Identity';
import { Benchmark1795633241051 } from './1795633241051-Benchmark';
import { AppRole1795640000000 } from './1795640000000-AppRole';
import { SignInThrottle1796227463030 } from './1796227463030-SignInThrottle';
import { ReleaseJob1796300000000 } from './1796300000000-ReleaseJob';
import { CellKeys1796400000000 } from './1796400000000-CellKeys';
import { SignInThrottleDecay1796500000000 } from './1796500000000-SignInThrottleDecay';

/** Every migration in order; listed explicitly so compiled and ts-run code load the same set. */
export const MIGRATIONS = [
  Init1795629926911,
  Identity1795630239418,
  Benchmark1795633241051,
  AppRole1795640000000,
  SignInThrottle1796227463030,
  ReleaseJob1796300000000,
  CellKeys1796400000000,
  SignInThrottleDecay1796500000000,
];
