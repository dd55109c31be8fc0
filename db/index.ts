export * from './entities';
export { createDataSource, type ConnectionLimits, type DataSourceOptions } from './data-source';
export { ensureDatabase, openDatabase, withDatabase, type DatabaseHandle } from './database';
export { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';
export {
  adoptDatabase,
  APP_ROLE,
  dropRoles,
  ensureRoles,
  excessPower,
  type RoleNames,
  type RoleUrls,
} from './roles';
export { DEMO_LAST_FINISHED_CYCLE, seedDemo, type SeedResult } from './seeds/demo-seed';
export {
  NATIONAL_OFFICE_COUNT,
  NATIONAL_PROGRAMME_CODE,
  NATIONAL_REGISTER_CYCLES,
  seedNationalRegister,
  type NationalRegisterOptions,
  type NationalRegisterResult,
} from './seeds/national-register';
export { releaseCycleSnapshot, snapshotChange, type SnapshotChange } from './releases';
