import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795629926911 implements MigrationInterface {
    name = 'Init1795629926911'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."jst_type" AS ENUM(
                'GMINA_MIEJSKA',
                'GMINA_WIEJSKA',
                'GMINA_MIEJSKO_WIEJSKA',
                'MIASTO_NA_PRAWACH_POWIATU',
                'POWIAT',
                'WOJEWODZTWO'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "office" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" text COLLATE "pl-x-icu" NOT NULL,
                "jst_type" "public"."jst_type" NOT NULL,
                "teryt" character varying(7) NOT NULL,
                "voivodeship_code" character(2) NOT NULL,
                "population" integer NOT NULL,
                "staff_count" integer NOT NULL,
                CONSTRAINT "CHK_OFFICE_STAFF" CHECK (staff_count > 0),
                CONSTRAINT "CHK_OFFICE_POPULATION" CHECK (population > 0),
                CONSTRAINT "CHK_OFFICE_VOIVODESHIP" CHECK (
                    voivodeship_code = left(teryt, 2)
                    AND voivodeship_code IN (
                        '02',
                        '04',
                        '06',
                        '08',
                        '10',
                        '12',
                        '14',
                        '16',
                        '18',
                        '20',
                        '22',
                        '24',
                        '26',
                        '28',
                        '30',
                        '32'
                    )
                ),
                CONSTRAINT "CHK_OFFICE_TERYT_TYPE" CHECK (
                    (
                        (
                            jst_type = 'WOJEWODZTWO'
                            AND teryt ~ '^[0-9]{2}$'
                        )
                        OR (
                            jst_type = 'POWIAT'
                            AND teryt ~ '^[0-9]{2}([0-5][0-9]|60)$'
                            AND substr(teryt, 3, 2) <> '00'
                        )
                        OR (
                            jst_type = 'MIASTO_NA_PRAWACH_POWIATU'
                            AND teryt ~ '^[0-9]{2}(6[1-9]|[7-9][0-9])[0-9]{2}1$'
                        )
                        OR (
                            jst_type = 'GMINA_MIEJSKA'
                            AND teryt ~ '^[0-9]{2}([0-5][0-9]|60)[0-9]{2}1$'
                        )
                        OR (
                            jst_type = 'GMINA_WIEJSKA'
                            AND teryt ~ '^[0-9]{2}([0-5][0-9]|60)[0-9]{2}2$'
                        )
                        OR (
                            jst_type = 'GMINA_MIEJSKO_WIEJSKA'
                            AND teryt ~ '^[0-9]{2}([0-5][0-9]|60)[0-9]{2}3$'
                        )
                    )
                ),
                CONSTRAINT "PK_200185316ba169fda17e3b6ba00" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_OFFICE_VOIVODESHIP_TYPE" ON "office" ("voivodeship_code", "jst_type")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_OFFICE_TERYT" ON "office" ("teryt")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."caf_version" AS ENUM('2006', '2013', '2020')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."scoring_scheme" AS ENUM('CLASSICAL_0_5', 'CLASSICAL_0_100', 'FINE_TUNED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."assessment_status" AS ENUM('DRAFT', 'SUBMITTED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."data_origin" AS ENUM('SYNTHETIC_DEMO', 'ENTERED', 'IMPORTED')
        `);
        await queryRunner.query(`
            CREATE TABLE "caf_assessment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "office_id" uuid NOT NULL,
                "caf_version" "public"."caf_version" NOT NULL,
                "scoring_scheme" "public"."scoring_scheme" NOT NULL,
                "cycle_year" smallint NOT NULL,
                "status" "public"."assessment_status" NOT NULL DEFAULT 'DRAFT',
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "data_origin" "public"."data_origin" NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "CHK_ASSESSMENT_SUBMITTED_AT" CHECK (
                    (status = 'SUBMITTED') = (submitted_at IS NOT NULL)
                ),
                CONSTRAINT "CHK_ASSESSMENT_CYCLE_YEAR" CHECK (
                    cycle_year BETWEEN 2000 AND 2100
                ),
                CONSTRAINT "PK_c5ce5a13a0c4f2a407372070134" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ASSESSMENT_CYCLE_STATUS" ON "caf_assessment" ("cycle_year", "status")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_ASSESSMENT_OFFICE_VERSION_CYCLE" ON "caf_assessment" ("office_id", "caf_version", "cycle_year")
        `);
        await queryRunner.query(`
            CREATE TABLE "caf_label" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "office_id" uuid NOT NULL,
                "awarded_on" date NOT NULL,
                "valid_until" date NOT NULL,
                "awarded_by" text NOT NULL,
                CONSTRAINT "CHK_CAF_LABEL_VALIDITY" CHECK (valid_until > awarded_on),
                CONSTRAINT "PK_5e76bb104e16fec356bd8d456dd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_CAF_LABEL_OFFICE_AWARDED" ON "caf_label" ("office_id", "awarded_on")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."improvement_action_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')
        `);
        await queryRunner.query(`
            CREATE TABLE "improvement_action" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "office_id" uuid NOT NULL,
                "assessment_id" uuid,
                "sub_criterion_code" character varying(4) NOT NULL,
                "title" text NOT NULL,
                "description" text,
                "status" "public"."improvement_action_status" NOT NULL DEFAULT 'PLANNED',
                "starts_on" date NOT NULL,
                "due_on" date,
                "completed_on" date,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "CHK_IMPROVEMENT_ACTION_DONE" CHECK ((status = 'DONE') = (completed_on IS NOT NULL)),
                CONSTRAINT "CHK_IMPROVEMENT_ACTION_DUE" CHECK (
                    due_on IS NULL
                    OR due_on >= starts_on
                ),
                CONSTRAINT "CHK_IMPROVEMENT_ACTION_SUB_CRITERION" CHECK (sub_criterion_code ~ '^[1-9]\\.[1-6]$'),
                CONSTRAINT "PK_c026a6b0f50978b82d02ad9f9d7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_IMPROVEMENT_ACTION_OFFICE_STATUS" ON "improvement_action" ("office_id", "status")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."iso_edition" AS ENUM(
                'ISO_9001_2000',
                'ISO_9001_2008',
                'ISO_9001_2015',
                'ISO_9001_2026'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "iso_certification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "office_id" uuid NOT NULL,
                "edition" "public"."iso_edition" NOT NULL,
                "certification_body" text,
                "accreditation_body" text,
                "certificate_number" text,
                "scope" text,
                CONSTRAINT "PK_94cfb591a868bdb24350771d5ee" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_ISO_CERTIFICATION_NUMBER" ON "iso_certification" ("certification_body", "certificate_number")
            WHERE certificate_number IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ISO_CERTIFICATION_OFFICE" ON "iso_certification" ("office_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."iso_event_type" AS ENUM(
                'IMPLEMENTATION_STARTED',
                'AUDIT_PLANNED',
                'STAGE1_AUDIT',
                'STAGE2_AUDIT',
                'CERTIFIED',
                'SURVEILLANCE_AUDIT',
                'RECERTIFIED',
                'SCOPE_REDUCED',
                'SUSPENDED',
                'REINSTATED',
                'WITHDRAWN',
                'EXPIRED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "iso_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "certification_id" uuid NOT NULL,
                "type" "public"."iso_event_type" NOT NULL,
                "occurred_on" date NOT NULL,
                "valid_until" date,
                "note" text,
                CONSTRAINT "CHK_ISO_EVENT_VALID_UNTIL" CHECK (
                    (type IN ('CERTIFIED', 'RECERTIFIED')) = (valid_until IS NOT NULL)
                    AND (
                        valid_until IS NULL
                        OR valid_until > occurred_on
                    )
                ),
                CONSTRAINT "PK_35fdace32523639b756e9654bd8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ISO_EVENT_CERTIFICATION_DATE" ON "iso_event" ("certification_id", "occurred_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "programme" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(64) NOT NULL,
                "name" text COLLATE "pl-x-icu" NOT NULL,
                "description" text,
                "funding_source" text,
                "starts_on" date NOT NULL,
                "ends_on" date,
                "min_group_size" smallint NOT NULL DEFAULT '5',
                CONSTRAINT "CHK_PROGRAMME_CODE" CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
                CONSTRAINT "CHK_PROGRAMME_PERIOD" CHECK (
                    ends_on IS NULL
                    OR ends_on >= starts_on
                ),
                CONSTRAINT "CHK_PROGRAMME_MIN_GROUP_SIZE" CHECK (min_group_size >= 3),
                CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_PROGRAMME_CODE" ON "programme" ("code")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."participation_role" AS ENUM('LEADER', 'PARTICIPANT')
        `);
        await queryRunner.query(`
            CREATE TABLE "programme_participation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "programme_id" uuid NOT NULL,
                "office_id" uuid NOT NULL,
                "role" "public"."participation_role" NOT NULL,
                "joined_on" date NOT NULL,
                "left_on" date,
                CONSTRAINT "CHK_PARTICIPATION_PERIOD" CHECK (
                    left_on IS NULL
                    OR left_on >= joined_on
                ),
                CONSTRAINT "PK_9db7e9840395217a840ba795d89" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_PARTICIPATION_OFFICE" ON "programme_participation" ("office_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_PARTICIPATION_PROGRAMME_OFFICE" ON "programme_participation" ("programme_id", "office_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."score_scale" AS ENUM(
                'CLASSICAL_0_5',
                'CLASSICAL_0_100',
                'FINE_TUNED_PDCA',
                'FINE_TUNED_TREND_TARGET'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "caf_score" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assessment_id" uuid NOT NULL,
                "sub_criterion_code" character varying(4) NOT NULL,
                "criterion_number" smallint NOT NULL,
                "scale" "public"."score_scale" NOT NULL,
                "raw_score" smallint,
                "pdca_plan" smallint,
                "pdca_do" smallint,
                "pdca_check" smallint,
                "pdca_act" smallint,
                "trend_score" smallint,
                "target_score" smallint,
                "normalised" numeric(5, 2) NOT NULL,
                CONSTRAINT "CHK_SCORE_NORMALISED" CHECK (
                    normalised BETWEEN 0 AND 100
                ),
                CONSTRAINT "CHK_SCORE_RAW" CHECK (
                    (
                        (
                            scale = 'CLASSICAL_0_5'
                            AND raw_score BETWEEN 0 AND 5
                            AND pdca_plan IS NULL
                            AND pdca_do IS NULL
                            AND pdca_check IS NULL
                            AND pdca_act IS NULL
                            AND trend_score IS NULL
                            AND target_score IS NULL
                        )
                        OR (
                            scale = 'CLASSICAL_0_100'
                            AND raw_score BETWEEN 0 AND 100
                            AND pdca_plan IS NULL
                            AND pdca_do IS NULL
                            AND pdca_check IS NULL
                            AND pdca_act IS NULL
                            AND trend_score IS NULL
                            AND target_score IS NULL
                        )
                        OR (
                            scale = 'FINE_TUNED_PDCA'
                            AND pdca_plan BETWEEN 0 AND 100
                            AND pdca_do BETWEEN 0 AND 100
                            AND pdca_check BETWEEN 0 AND 100
                            AND pdca_act BETWEEN 0 AND 100
                            AND raw_score IS NULL
                            AND trend_score IS NULL
                            AND target_score IS NULL
                        )
                        OR (
                            scale = 'FINE_TUNED_TREND_TARGET'
                            AND trend_score BETWEEN 0 AND 100
                            AND target_score BETWEEN 0 AND 100
                            AND raw_score IS NULL
                            AND pdca_plan IS NULL
                            AND pdca_do IS NULL
                            AND pdca_check IS NULL
                            AND pdca_act IS NULL
                        )
                    )
                ),
                CONSTRAINT "CHK_SCORE_CRITERION" CHECK (
                    criterion_number = split_part(sub_criterion_code, '.', 1)::smallint
                ),
                CONSTRAINT "CHK_SCORE_SUB_CRITERION" CHECK (sub_criterion_code ~ '^[1-9]\\.[1-6]$'),
                CONSTRAINT "PK_9f2fcacc448c4cfb97c98144d55" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_SCORE_ASSESSMENT_SUB_CRITERION" ON "caf_score" ("assessment_id", "sub_criterion_code")
        `);
        await queryRunner.query(`
            ALTER TABLE "caf_assessment"
            ADD CONSTRAINT "FK_e42983433debebd9efb9a1464e3" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "caf_label"
            ADD CONSTRAINT "FK_caeb23f54218c09f90d34810de2" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "improvement_action"
            ADD CONSTRAINT "FK_1efe5488b2c8599a4e2e214bedd" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "improvement_action"
            ADD CONSTRAINT "FK_043c29ee775095900650daff65c" FOREIGN KEY ("assessment_id") REFERENCES "caf_assessment"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "iso_certification"
            ADD CONSTRAINT "FK_b6d6be84affb32c0972095d6b32" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "iso_event"
            ADD CONSTRAINT "FK_0544aaf3f54000aa8f2b4f05bf4" FOREIGN KEY ("certification_id") REFERENCES "iso_certification"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "programme_participation"
            ADD CONSTRAINT "FK_48d58dcb6b3b774b4e830b8b489" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "programme_participation"
            ADD CONSTRAINT "FK_9be206485ae2193bc36894cba46" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "caf_score"
            ADD CONSTRAINT "FK_2a5bd8da3df43903530d0ed91ec" FOREIGN KEY ("assessment_id") REFERENCES "caf_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "caf_score" DROP CONSTRAINT "FK_2a5bd8da3df43903530d0ed91ec"
        `);
        await queryRunner.query(`
            ALTER TABLE "programme_participation" DROP CONSTRAINT "FK_9be206485ae2193bc36894cba46"
        `);
        await queryRunner.query(`
            ALTER TABLE "programme_participation" DROP CONSTRAINT "FK_48d58dcb6b3b774b4e830b8b489"
        `);
        await queryRunner.query(`
            ALTER TABLE "iso_event" DROP CONSTRAINT "FK_0544aaf3f54000aa8f2b4f05bf4"
        `);
        await queryRunner.query(`
            ALTER TABLE "iso_certification" DROP CONSTRAINT "FK_b6d6be84affb32c0972095d6b32"
        `);
        await queryRunner.query(`
            ALTER TABLE "improvement_action" DROP CONSTRAINT "FK_043c29ee775095900650daff65c"
        `);
        await queryRunner.query(`
            ALTER TABLE "improvement_action" DROP CONSTRAINT "FK_1efe5488b2c8599a4e2e214bedd"
        `);
        await queryRunner.query(`
            ALTER TABLE "caf_label" DROP CONSTRAINT "FK_caeb23f54218c09f90d34810de2"
        `);
        await queryRunner.query(`
            ALTER TABLE "caf_assessment" DROP CONSTRAINT "FK_e42983433debebd9efb9a1464e3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_SCORE_ASSESSMENT_SUB_CRITERION"
        `);
        await queryRunner.query(`
            DROP TABLE "caf_score"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."score_scale"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_PARTICIPATION_PROGRAMME_OFFICE"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_PARTICIPATION_OFFICE"
        `);
        await queryRunner.query(`
            DROP TABLE "programme_participation"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."participation_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_PROGRAMME_CODE"
        `);
        await queryRunner.query(`
            DROP TABLE "programme"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ISO_EVENT_CERTIFICATION_DATE"
        `);
        await queryRunner.query(`
            DROP TABLE "iso_event"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."iso_event_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ISO_CERTIFICATION_OFFICE"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ISO_CERTIFICATION_NUMBER"
        `);
        await queryRunner.query(`
            DROP TABLE "iso_certification"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."iso_edition"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_IMPROVEMENT_ACTION_OFFICE_STATUS"
        `);
        await queryRunner.query(`
            DROP TABLE "improvement_action"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."improvement_action_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_CAF_LABEL_OFFICE_AWARDED"
        `);
        await queryRunner.query(`
            DROP TABLE "caf_label"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ASSESSMENT_OFFICE_VERSION_CYCLE"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ASSESSMENT_CYCLE_STATUS"
        `);
        await queryRunner.query(`
            DROP TABLE "caf_assessment"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."data_origin"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."assessment_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."scoring_scheme"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."caf_version"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_OFFICE_TERYT"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_OFFICE_VOIVODESHIP_TYPE"
        `);
        await queryRunner.query(`
            DROP TABLE "office"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."jst_type"
        `);
    }

}
