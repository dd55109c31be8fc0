import { MigrationInterface, QueryRunner } from "typeorm";

export class Benchmark1795633241051 implements MigrationInterface {
    name = 'Benchmark1795633241051'

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
            CREATE TABLE "cycle_release" (
                "cycle_year" smallint NOT NULL,
                "released_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "released_by_id" uuid,
                "offices" integer NOT NULL,
                CONSTRAINT "PK_ff003ae617d20ee0b4f9c831615" PRIMARY KEY ("cycle_year")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "released_group" (
                "cycle_year" smallint NOT NULL,
                "group_key" character varying(400) NOT NULL,
                "n" integer NOT NULL,
                "k" smallint NOT NULL,
                "suppressed" character varying(32),
                CONSTRAINT "PK_feda72cd53d7358ad8197896d8f" PRIMARY KEY ("cycle_year", "group_key")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "released_office" (
                "cycle_year" smallint NOT NULL,
                "office_id" uuid NOT NULL,
                "assessment_id" uuid NOT NULL,
                "caf_version" "public"."caf_version" NOT NULL,
                "data_origin" "public"."data_origin" NOT NULL,
                "voivodeship_code" character(2) NOT NULL,
                "jst_type" "public"."jst_type" NOT NULL,
                "population" integer NOT NULL,
                "staff_count" integer NOT NULL,
                "programme_ids" uuid array NOT NULL,
                CONSTRAINT "PK_e6f92658227fdd4e71266d982d4" PRIMARY KEY ("cycle_year", "office_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_RELEASED_OFFICE_CYCLE_TYPE" ON "released_office" ("cycle_year", "jst_type")
        `);
        await queryRunner.query(`
            CREATE TABLE "released_score" (
                "cycle_year" smallint NOT NULL,
                "office_id" uuid NOT NULL,
                "key" character varying(5) NOT NULL,
                "score" double precision NOT NULL,
                CONSTRAINT "PK_f9cf1632c3c432adc3b07f6c8fc" PRIMARY KEY ("cycle_year", "office_id", "key")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "benchlearning_consent"
            ADD CONSTRAINT "FK_0dcbed1ba0403bb805c61aebe86" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "benchlearning_consent"
            ADD CONSTRAINT "FK_7e0e065fb974da48da3d84cee01" FOREIGN KEY ("partner_office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);

        // Written by hand (no entity): the per-installation key behind benchmark pseudonyms.
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
        await queryRunner.query(`
            ALTER TABLE "benchlearning_consent" DROP CONSTRAINT "FK_7e0e065fb974da48da3d84cee01"
        `);
        await queryRunner.query(`
            ALTER TABLE "benchlearning_consent" DROP CONSTRAINT "FK_0dcbed1ba0403bb805c61aebe86"
        `);
        await queryRunner.query(`
            DROP TABLE "released_score"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_RELEASED_OFFICE_CYCLE_TYPE"
        `);
        await queryRunner.query(`
            DROP TABLE "released_office"
        `);
        await queryRunner.query(`
            DROP TABLE "released_group"
        `);
        await queryRunner.query(`
            DROP TABLE "cycle_release"
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
