import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * sign_in_throttle remembers when an address last failed, so that failures decay after a quiet
 * day and idle rows — most of them addresses without an account — are pruned. The app's grants
 * on the table (SELECT, INSERT, UPDATE, DELETE) already cover the new column.
 */
export class SignInThrottleDecay1796500000000 implements MigrationInterface {
  name = 'SignInThrottleDecay1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sign_in_throttle" ADD "last_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_SIGN_IN_THROTTLE_LAST_FAILED_AT" ON "sign_in_throttle" ("last_failed_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_SIGN_IN_THROTTLE_LAST_FAILED_AT"`);
    await queryRunner.query(`ALTER TABLE "sign_in_throttle" DROP COLUMN "last_failed_at"`);
  }
}
