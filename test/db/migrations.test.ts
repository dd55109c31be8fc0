import { createTestDatabase, type TestDatabase } from '../support/database';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('leave nothing for the entities to change (no pending migration)', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map(q => q.query)).toEqual([]);
  });

  it('revert completely and re-apply cleanly', async () => {
    const count = db.dataSource.migrations.length;
    for (let i = 0; i < count; i += 1) {
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    }
    const [{ tables }] = await db.dataSource.query(
      `SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`,
    );
    expect(tables).toBe(0);
    const applied = await db.dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(count);
  });
});
