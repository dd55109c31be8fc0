import { Init1795629689648 } from './1795629689648-Init';

/** Every migration in order; listed explicitly so compiled and ts-run code load the same set. */
export const MIGRATIONS = [Init1795629689648];
