import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Releases run as background jobs (release_job), and the app may refresh the planner statistics
 * of what a release wrote. ANALYZE needs the table's owner before PostgreSQL 17 (MAINTAIN), so
 * the owner lends exactly that through a SECURITY DEFINER function: every released_* table and
 * cycle_release, whatever later migrations add to the release.
 */
export class ReleaseJob1796300000000 implements MigrationInterface {
  name = 'ReleaseJob1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."release_job_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`,
    );
    await queryRunner.query(`
      CREATE TABLE "release_job" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "cycle_year" smallint NOT NULL,
        "status" "public"."release_job_status" NOT NULL DEFAULT 'QUEUED',
        "step" character varying(32) NOT NULL,
        "progress" real NOT NULL DEFAULT '0',
        "offices" integer,
        "error" text,
        "requested_by_id" uuid,
        "started_at" TIMESTAMP WITH TIME ZONE,
        "finished_at" TIMESTAMP WITH TIME ZONE,
        "heartbeat_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_RELEASE_JOB_PROGRESS" CHECK (progress BETWEEN 0 AND 1),
        CONSTRAINT "CHK_RELEASE_JOB_FINISHED" CHECK ((status IN ('SUCCEEDED', 'FAILED')) = (finished_at IS NOT NULL)),
        CONSTRAINT "PK_6dbcb3840196a76a5acbafaad73" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_RELEASE_JOB_CREATED_AT" ON "release_job" ("created_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_RELEASE_JOB_UNFINISHED_CYCLE" ON "release_job" ("cycle_year") WHERE finished_at IS NULL`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "release_job" TO caf_app`);
    await queryRunner.query(`
      CREATE FUNCTION analyze_release() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        table_name text;
      BEGIN
        FOR table_name IN
          SELECT relname FROM pg_class
           WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')
             AND (relname LIKE 'released\\_%' OR relname = 'cycle_release')
        LOOP
          EXECUTE format('ANALYZE public.%I', table_name);
        END LOOP;
      END $$
    `);
    await queryRunner.query(`REVOKE ALL ON FUNCTION analyze_release() FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION analyze_release() TO caf_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION analyze_release()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_RELEASE_JOB_UNFINISHED_CYCLE"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_RELEASE_JOB_CREATED_AT"`);
    await queryRunner.query(`DROP TABLE "release_job"`);
    await queryRunner.query(`DROP TYPE "public"."release_job_status"`);
  }
}
