import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, excessPower, withDatabase } from '@caf/db';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { testEnv } from '../support/test-env';

/** What the serving app may do to each table: a reviewed decision per table (migrations grant it). */
const EXPECTED_PRIVILEGES = {
  app_secret: 'SELECT',
  app_user: 'SELECT, INSERT, UPDATE',
  audit_log: 'SELECT, INSERT',
  benchlearning_consent: 'SELECT, INSERT, UPDATE',
  caf_assessment: 'SELECT',
  caf_label: 'SELECT',
  caf_score: 'SELECT',
  cycle_release: 'SELECT, INSERT, UPDATE',
  improvement_action: 'SELECT',
  invitation: 'SELECT, INSERT, UPDATE',
  iso_certification: 'SELECT',
  iso_event: 'SELECT',
  office: 'SELECT',
  programme: 'SELECT, UPDATE',
  programme_participation: 'SELECT',
  release_job: 'SELECT, INSERT, UPDATE',
  released_group: 'SELECT, INSERT, DELETE',
  released_office: 'SELECT, INSERT, DELETE',
  released_score: 'SELECT, INSERT, DELETE',
  role_assignment: 'SELECT, INSERT, DELETE',
  schema_migration: 'SELECT',
  sign_in_throttle: 'SELECT, INSERT, UPDATE, DELETE',
  user_session: 'SELECT, INSERT, UPDATE',
};

const REFUSED = /permission denied|must be owner/;

describe('the app role', () => {
  let db: TestDatabase;
  let app: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    app = createDataSource({ url: db.url, poolSize: 1 });
    await app.initialize();
  });
  afterAll(async () => {
    await app.destroy();
    await db.drop();
  });

  const auditRows = async (): Promise<number> =>
    (await db.dataSource.query('SELECT count(*)::int AS n FROM audit_log'))[0].n;

  it('is no superuser, owns nothing and may not rewrite the audit log', async () => {
    expect(await excessPower(app)).toEqual([]);
    expect(await excessPower(db.dataSource)).not.toEqual([]);
  });

  describe('excessPower, for roles the server must refuse to serve as', () => {
    // A throwaway role, made and assumed (SET ROLE) by a superuser in a transaction rolled back.
    const probe = `caf_probe_${randomBytes(4).toString('hex')}`;
    let superuser: Client;
    beforeAll(async () => {
      superuser = new Client({
        connectionString: withDatabase(testEnv('serverUrl'), new URL(db.url).pathname.slice(1)),
      });
      await superuser.connect();
    });
    afterAll(() => superuser.end());

    const powersOf = async (setUp: string): Promise<string[]> => {
      await superuser.query('BEGIN');
      try {
        await superuser.query(`CREATE ROLE ${probe} NOLOGIN; ${setUp}; SET ROLE ${probe}`);
        return await excessPower({
          query: async (sql: string) => (await superuser.query(sql)).rows,
        } as Pick<DataSource, 'query'>);
      } finally {
        await superuser.query('ROLLBACK');
      }
    };

    it.each([
      [
        'a NOINHERIT member of the owner (it may SET ROLE)',
        `ALTER ROLE ${probe} NOINHERIT; GRANT ${'$OWNER'} TO ${probe}`,
        /owns tables/,
      ],
      [
        'one that may add triggers to audit_log',
        `GRANT TRIGGER ON audit_log TO ${probe}`,
        /triggers/,
      ],
      ['one that may create roles', `ALTER ROLE ${probe} CREATEROLE`, /create roles/],
      [
        "the owner of the audit log's trigger function",
        `ALTER FUNCTION audit_log_append_only() OWNER TO ${probe}`,
        /trigger function/,
      ],
    ])('refuses %s', async (_case, setUp, power) => {
      const [{ owner }] = await db.dataSource.query('SELECT current_user AS owner');
      const powers = await powersOf(setUp.replace('$OWNER', `"${owner}"`));
      expect(powers).toContainEqual(expect.stringMatching(power));
    });

    it('finds nothing in a plain member of caf_app', async () => {
      expect(await powersOf(`GRANT caf_app TO ${probe}`)).toEqual([]);
    });
  });

  it('holds exactly the reviewed privileges on every table', async () => {
    const rows: { name: string; privileges: string }[] = await db.dataSource.query(
      `SELECT relname AS name,
              array_to_string(ARRAY(
                SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p
                 WHERE has_table_privilege('caf_app', pg_class.oid, p)), ', ') AS privileges
         FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v')
        ORDER BY relname`,
    );
    expect(Object.fromEntries(rows.map(row => [row.name, row.privileges]))).toEqual(
      EXPECTED_PRIVILEGES,
    );
  });

  it('may append to the audit log and read it', async () => {
    const before = await auditRows();
    await app.query(
      `INSERT INTO audit_log (action, entity_type) VALUES ('test.append', 'test') RETURNING id`,
    );
    const [{ n }] = await app.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(n).toBe(before + 1);
  });

  it.each([
    ['update it', `UPDATE audit_log SET action = 'x'`],
    ['delete from it', 'DELETE FROM audit_log'],
    ['truncate it', 'TRUNCATE audit_log'],
    ['switch triggers off for its session', 'SET session_replication_role = replica'],
    ['disable its triggers', 'ALTER TABLE audit_log DISABLE TRIGGER ALL'],
    ['drop its trigger', 'DROP TRIGGER "TRG_AUDIT_LOG_APPEND_ONLY" ON audit_log'],
    [
      'replace the trigger function',
      `CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`,
    ],
    ['drop it', 'DROP TABLE audit_log'],
    ['create tables', 'CREATE TABLE public.shadow (id int)'],
  ])('may not %s', async (_, statement) => {
    await expect(app.query(statement)).rejects.toThrow(REFUSED);
  });

  it('may not become the owner', async () => {
    const [{ owner }] = await db.dataSource.query('SELECT current_user AS owner');
    await expect(app.query(`SET ROLE "${owner}"`)).rejects.toThrow(REFUSED);
  });

  it('leaves the audit log and its triggers as they were after all those attempts', async () => {
    const [{ enabled }] = await db.dataSource.query(
      `SELECT bool_and(tgenabled = 'O') AS enabled FROM pg_trigger
        WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal`,
    );
    expect(enabled).toBe(true);
    await expect(db.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    expect(await auditRows()).toBeGreaterThan(0);
  });
});
