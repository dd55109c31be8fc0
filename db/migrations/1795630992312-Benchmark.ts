import { MigrationInterface, QueryRunner } from "typeorm";

export class Benchmark1795630992312 implements MigrationInterface {
    name = 'Benchmark1795630992312'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "benchlearning_consent" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "office_id" uuid NOT NULL,
                "partner_office_id" uuid NOT NULL,
                "granted_by_id" uuid,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CHK_BENCHLEARNING_CONSENT_PARTNER" CHECK (office_id <> partner_office_id),
                CONSTRAINT "PK_453042265d5bbd8774225596e6f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_BENCHLEARNING_CONSENT_PARTNER" ON "benchlearning_consent" ("partner_office_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_BENCHLEARNING_CONSENT_ACTIVE" ON "benchlearning_consent" ("office_id", "partner_office_id")
            WHERE revoked_at IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "benchlearning_consent"
            ADD CONSTRAINT "FK_0dcbed1ba0403bb805c61aebe86" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "benchlearning_consent"
            ADD CONSTRAINT "FK_7e0e065fb974da48da3d84cee01" FOREIGN KEY ("partner_office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);

        // Written by hand (TypeORM declares neither): the per-criterion summary the benchmark
        // engine reads, and the per-installation key behind benchmark pseudonyms.
        await queryRunner.query(`
            CREATE MATERIALIZED VIEW "assessment_criterion_score" AS
            WITH criterion AS (
                SELECT a.id AS assessment_id, a.office_id, a.cycle_year, a.caf_version,
                       s.criterion_number, avg(s.normalised)::float8 AS score
                  FROM caf_assessment a
                  JOIN caf_score s ON s.assessment_id = a.id
                 WHERE a.status = 'SUBMITTED'
                 GROUP BY a.id, s.criterion_number)
            SELECT assessment_id, office_id, cycle_year, caf_version, criterion_number, score FROM criterion
            UNION ALL
            -- criterion 0: the CAF index, the mean of the nine criterion scores
            SELECT assessment_id, office_id, cycle_year, caf_version, 0, avg(score) FROM criterion
             GROUP BY assessment_id, office_id, cycle_year, caf_version
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_ASSESSMENT_CRITERION_SCORE" ON "assessment_criterion_score" ("assessment_id", "criterion_number")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ASSESSMENT_CRITERION_SCORE_CYCLE" ON "assessment_criterion_score" ("cycle_year", "criterion_number")
        `);
        await queryRunner.query(`
            CREATE TABLE "app_secret" ("name" varchar(64) PRIMARY KEY, "value" text NOT NULL, "created_at" timestamptz NOT NULL DEFAULT now())
        `);
        await queryRunner.query(`
            INSERT INTO "app_secret" ("name", "value")
            VALUES ('benchmark_pseudonym_key', encode(sha256((gen_random_uuid()::text || gen_random_uuid()::text)::bytea), 'hex'))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "app_secret"`);
        await queryRunner.query(`DROP MATERIALIZED VIEW "assessment_criterion_score"`);
        await queryRunner.query(`
            ALTER TABLE "benchlearning_consent" DROP CONSTRAINT "FK_7e0e065fb974da48da3d84cee01"
        `);
        await queryRunner.query(`
            ALTER TABLE "benchlearning_consent" DROP CONSTRAINT "FK_0dcbed1ba0403bb805c61aebe86"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_BENCHLEARNING_CONSENT_ACTIVE"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_BENCHLEARNING_CONSENT_PARTNER"
        `);
        await queryRunner.query(`
            DROP TABLE "benchlearning_consent"
        `);
    }

}
