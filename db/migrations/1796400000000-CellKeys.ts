import { MigrationInterface, QueryRunner } from "typeorm";
import { RECORD_KEY_SQL } from "../releases";

/**
 * Disclosure control v2 (docs/disclosure.md): published values are perturbed by the cell key
 * method instead of withheld by differencing and complementary suppression. Every released office
 * gets a secret record key; the installation gets the noise key behind every perturbation; groups
 * withheld only for differencing or complementary suppression are published (perturbed) now.
 */
export class CellKeys1796400000000 implements MigrationInterface {
    name = 'CellKeys1796400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "released_office" ADD "record_key" bigint`);
        await queryRunner.query(`UPDATE "released_office" SET "record_key" = ${RECORD_KEY_SQL}`);
        await queryRunner.query(`ALTER TABLE "released_office" ALTER COLUMN "record_key" SET NOT NULL`);
        await queryRunner.query(`
            ALTER TABLE "released_office" ADD CONSTRAINT "CHK_RELEASED_OFFICE_RECORD_KEY"
            CHECK (record_key >= 0 AND record_key < 1152921504606846976)
        `);
        await queryRunner.query(`
            INSERT INTO "app_secret" ("name", "value")
            VALUES ('benchmark_noise_key', encode(sha256((gen_random_uuid()::text || gen_random_uuid()::text)::bytea), 'hex'))
        `);
        await queryRunner.query(`
            UPDATE "released_group" SET "suppressed" = NULL WHERE "suppressed" IN ('DIFFERENCING', 'COMPLEMENTARY')
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // v1 withheld groups that v2 publishes perturbed; their verdicts cannot be recomputed here,
        // so going back unpublishes every cycle: release them again under v1.
        await queryRunner.query(`DELETE FROM "released_group"`);
        await queryRunner.query(`DELETE FROM "released_score"`);
        await queryRunner.query(`DELETE FROM "released_office"`);
        await queryRunner.query(`DELETE FROM "cycle_release"`);
        await queryRunner.query(`DELETE FROM "app_secret" WHERE "name" = 'benchmark_noise_key'`);
        await queryRunner.query(`ALTER TABLE "released_office" DROP CONSTRAINT "CHK_RELEASED_OFFICE_RECORD_KEY"`);
        await queryRunner.query(`ALTER TABLE "released_office" DROP COLUMN "record_key"`);
    }
}
