import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Lockout bookkeeping moves from app_user to sign_in_throttle, keyed by the hash of the address,
 * so that addresses without an account are counted and locked exactly like accounts.
 */
export class SignInThrottle1796227463030 implements MigrationInterface {
    name = 'SignInThrottle1796227463030'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "sign_in_throttle" (
                "email_hash" bytea NOT NULL,
                "failed_count" integer NOT NULL DEFAULT '0',
                "locked_until" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CHK_SIGN_IN_THROTTLE_FAILURES" CHECK (failed_count >= 0),
                CONSTRAINT "PK_98f2c1d6becc28be67ef7090d40" PRIMARY KEY ("email_hash")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "sign_in_throttle" ("email_hash", "failed_count", "locked_until")
            SELECT sha256(convert_to(email, 'UTF8')), failed_login_count, locked_until FROM "app_user"
             WHERE failed_login_count > 0 OR locked_until IS NOT NULL
        `);
        await queryRunner.query(`
            GRANT SELECT, INSERT, UPDATE, DELETE ON "sign_in_throttle" TO caf_app
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "CHK_APP_USER_FAILED_LOGINS"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "failed_login_count"
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "locked_until"
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "locked_until" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "failed_login_count" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "CHK_APP_USER_FAILED_LOGINS" CHECK ((failed_login_count >= 0))
        `);
        await queryRunner.query(`
            UPDATE "app_user" u SET failed_login_count = t.failed_count, locked_until = t.locked_until
              FROM "sign_in_throttle" t WHERE t.email_hash = sha256(convert_to(u.email, 'UTF8'))
        `);
        await queryRunner.query(`
            DROP TABLE "sign_in_throttle"
        `);
    }

}
