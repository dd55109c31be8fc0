import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The serving app's privileges, granted to the role caf_app (the app logs in as it or as a member
 * of it); the migrations' own role owns everything. No table gets TRUNCATE, REFERENCES or
 * TRIGGER, and audit_log only INSERT and SELECT. Later migrations grant their new tables
 * explicitly (no default privileges), so each table's rights are a reviewed decision.
 */
const GRANTS: Record<string, string> = {
  // The pseudonym key of benchmark distributions.
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
  released_group: 'SELECT, INSERT, DELETE',
  released_office: 'SELECT, INSERT, DELETE',
  released_score: 'SELECT, INSERT, DELETE',
  role_assignment: 'SELECT, INSERT, DELETE',
  // Read at start-up to tell whether migrations are pending.
  schema_migration: 'SELECT',
  user_session: 'SELECT, INSERT, UPDATE',
};

export class AppRole1795640000000 implements MigrationInterface {
  name = 'AppRole1795640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Normally made beforehand by whoever made the owner (README, Database roles); a privileged
    // owner (a superuser in development) makes it here.
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'caf_app') THEN
          CREATE ROLE caf_app NOLOGIN;
        END IF;
      EXCEPTION WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'The role caf_app does not exist, and % may not create it.', current_user
          USING HINT = 'Create the app role first (README, Database roles).';
      END $$
    `);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO caf_app`);
    for (const [table, privileges] of Object.entries(GRANTS)) {
      await queryRunner.query(`GRANT ${privileges} ON "${table}" TO caf_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(GRANTS)) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM caf_app`);
    }
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM caf_app`);
  }
}
