import { MigrationInterface, QueryRunner } from "typeorm";

export class Identity1795630239418 implements MigrationInterface {
    name = 'Identity1795630239418'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_user_id" uuid,
                "actor_email" text,
                "action" character varying(64) NOT NULL,
                "entity_type" character varying(64) NOT NULL,
                "entity_id" text,
                "before" jsonb,
                "after" jsonb,
                "ip_address" text,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_AUDIT_LOG_ACTOR" ON "audit_log" ("actor_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_AUDIT_LOG_ENTITY" ON "audit_log" ("entity_type", "entity_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_AUDIT_LOG_OCCURRED_AT" ON "audit_log" ("occurred_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."user_status" AS ENUM('INVITED', 'ACTIVE', 'DEACTIVATED')
        `);
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "password_hash" text,
                "status" "public"."user_status" NOT NULL DEFAULT 'INVITED',
                "failed_login_count" integer NOT NULL DEFAULT '0',
                "locked_until" TIMESTAMP WITH TIME ZONE,
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "CHK_APP_USER_PASSWORD" CHECK (
                    status <> 'ACTIVE'
                    OR password_hash IS NOT NULL
                ),
                CONSTRAINT "CHK_APP_USER_FAILED_LOGINS" CHECK (failed_login_count >= 0),
                CONSTRAINT "CHK_APP_USER_EMAIL" CHECK (
                    email = lower(email)
                    AND email ~ '^[^@\\s]+@[^@\\s]+$'
                ),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_APP_USER_EMAIL" ON "app_user" ("email")
        `);
        await queryRunner.query(`
            CREATE TABLE "invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "invited_by_id" uuid,
                CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_INVITATION_USER" ON "invitation" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_INVITATION_TOKEN" ON "invitation" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM(
                'ADMIN',
                'PROGRAMME_LEADER',
                'OFFICE_EDITOR',
                'OFFICE_VIEWER',
                'MINISTRY_ANALYST'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "role_assignment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid NOT NULL,
                "role" "public"."user_role" NOT NULL,
                "programme_id" uuid,
                "office_id" uuid,
                CONSTRAINT "CHK_ROLE_ASSIGNMENT_SCOPE" CHECK (
                    (
                        (
                            role IN ('ADMIN', 'MINISTRY_ANALYST')
                            AND programme_id IS NULL
                            AND office_id IS NULL
                        )
                        OR (
                            role = 'PROGRAMME_LEADER'
                            AND programme_id IS NOT NULL
                            AND office_id IS NULL
                        )
                        OR (
                            role IN ('OFFICE_EDITOR', 'OFFICE_VIEWER')
                            AND office_id IS NOT NULL
                            AND programme_id IS NULL
                        )
                    )
                ),
                CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ROLE_ASSIGNMENT_USER" ON "role_assignment" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "user_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "user_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "ip_address" text,
                "user_agent" text,
                CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_USER_SESSION_USER" ON "user_session" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_USER_SESSION_TOKEN" ON "user_session" ("token_hash")
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_dbf801c80100c878509602456ff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "role_assignment"
            ADD CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "role_assignment"
            ADD CONSTRAINT "FK_5a51dbd15ead355f2a2301230a1" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "role_assignment"
            ADD CONSTRAINT "FK_a6e6b3bce4da14eedeabf4d9074" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "user_session"
            ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);

        // Written by hand: TypeORM cannot declare these (see role-assignment.entity.ts, audit-log.entity.ts).
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_ROLE_ASSIGNMENT_SCOPE" ON "role_assignment" ("user_id", "role", "programme_id", "office_id") NULLS NOT DISTINCT
        `);
        await queryRunner.query(`
            CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "TRG_AUDIT_LOG_APPEND_ONLY" BEFORE UPDATE OR DELETE ON "audit_log"
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
        `);
        await queryRunner.query(`
            CREATE TRIGGER "TRG_AUDIT_LOG_NO_TRUNCATE" BEFORE TRUNCATE ON "audit_log"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "TRG_AUDIT_LOG_NO_TRUNCATE" ON "audit_log"`);
        await queryRunner.query(`DROP TRIGGER "TRG_AUDIT_LOG_APPEND_ONLY" ON "audit_log"`);
        await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ROLE_ASSIGNMENT_SCOPE"`);
        await queryRunner.query(`
            ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_a6e6b3bce4da14eedeabf4d9074"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_5a51dbd15ead355f2a2301230a1"
        `);
        await queryRunner.query(`
            ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_dbf801c80100c878509602456ff"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_USER_SESSION_TOKEN"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_USER_SESSION_USER"
        `);
        await queryRunner.query(`
            DROP TABLE "user_session"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ROLE_ASSIGNMENT_USER"
        `);
        await queryRunner.query(`
            DROP TABLE "role_assignment"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_INVITATION_TOKEN"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_INVITATION_USER"
        `);
        await queryRunner.query(`
            DROP TABLE "invitation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_APP_USER_EMAIL"
        `);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."user_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_AUDIT_LOG_OCCURRED_AT"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_AUDIT_LOG_ENTITY"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_AUDIT_LOG_ACTOR"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
    }

}
