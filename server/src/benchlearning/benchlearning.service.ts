import { BenchlearningConsentEntity, OfficeEntity } from '@caf/db';
import type { CafVersionCode } from '@caf/schema';
import { IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { meanToOneDecimal, unitsSql } from '../disclosure';
import type { Context } from '../graphql/context';
import { AppError, badInput, ErrorCode, notFound } from '../graphql/errors';
import type { BenchlearningPartnership, OfficeScores } from './benchlearning.types';

export class BenchlearningService {
  private readonly audit = new AuditService();

  private assertEditor(ctx: Context, officeId: string): void {
    if (!ctx.viewer.canEditOffice(officeId)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'Only editors of this office manage its benchlearning consents.',
      );
    }
  }

  /** Both directions of every partnership of `officeId`, active consents only. */
  async partnerships(ctx: Context, officeId: string): Promise<BenchlearningPartnership[]> {
    if (!ctx.viewer.officeIds.includes(officeId)) {
      throw new AppError(ErrorCode.FORBIDDEN, 'You see the partnerships of your own office only.');
    }
    const rows = await ctx.dataSource.getRepository(BenchlearningConsentEntity).find({
      where: [
        { officeId, revokedAt: IsNull() },
        { partnerOfficeId: officeId, revokedAt: IsNull() },
      ],
    });
    const partners = new Map<string, BenchlearningPartnership>();
    for (const row of rows) {
      const partnerId = row.officeId === officeId ? row.partnerOfficeId : row.officeId;
      const entry = partners.get(partnerId) ?? {
        partnerOfficeId: partnerId,
        grantedByUs: false,
        grantedByPartner: false,
        mutual: false,
        grantedAt: null,
        partner: null!,
      };
      if (row.officeId === officeId) {
        entry.grantedByUs = true;
        entry.grantedAt = row.createdAt;
      } else {
        entry.grantedByPartner = true;
      }
      entry.mutual = entry.grantedByUs && entry.grantedByPartner;
      partners.set(partnerId, entry);
    }
    return [...partners.values()];
  }

  async grant(
    ctx: Context,
    officeId: string,
    partnerOfficeId: string,
  ): Promise<BenchlearningPartnership[]> {
    this.assertEditor(ctx, officeId);
    if (officeId === partnerOfficeId) {
      throw badInput([{ field: 'partnerOfficeId', message: 'must be another office' }]);
    }
    await ctx.dataSource.transaction(async manager => {
      if (!(await manager.existsBy(OfficeEntity, { id: partnerOfficeId }))) {
        throw notFound('Office', partnerOfficeId);
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(BenchlearningConsentEntity)
        .values({ officeId, partnerOfficeId, grantedById: ctx.viewer.user!.id })
        .orIgnore()
        .returning('id')
        .execute();
      if (inserted.raw.length > 0) {
        await this.audit.record(manager, ctx, {
          action: 'consent.grant',
          entityType: 'office',
          entityId: officeId,
          after: { partnerOfficeId },
        });
      }
    });
    return this.partnerships(ctx, officeId);
  }

  async revoke(
    ctx: Context,
    officeId: string,
    partnerOfficeId: string,
  ): Promise<BenchlearningPartnership[]> {
    this.assertEditor(ctx, officeId);
    await ctx.dataSource.transaction(async (manager: EntityManager) => {
      const result = await manager.update(
        BenchlearningConsentEntity,
        { officeId, partnerOfficeId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (result.affected) {
        await this.audit.record(manager, ctx, {
          action: 'consent.revoke',
          entityType: 'office',
          entityId: officeId,
          before: { partnerOfficeId },
        });
      }
    });
    return this.partnerships(ctx, officeId);
  }

  /**
   * Named scores: an office's own, or a partner's while both consent. Everyone else gets
   * FORBIDDEN — a leader, the ministry and admins see anonymised statistics only.
   */
  async officeScores(
    ctx: Context,
    officeId: string,
    cycleYear: number,
  ): Promise<OfficeScores | null> {
    if (
      !ctx.viewer.officeIds.includes(officeId) &&
      !(await this.mutuallyConsenting(ctx, officeId))
    ) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'CAF scores are shown by name only to the office itself and its benchlearning partners.',
      );
    }
    const rows = await ctx.dataSource.query<
      { cafVersion: CafVersionCode; synthetic: boolean; key: string; units: string }[]
    >(
      `WITH chosen AS (
         SELECT id, caf_version, data_origin FROM caf_assessment
          WHERE office_id = $1 AND cycle_year = $2 AND status = 'SUBMITTED'
          ORDER BY caf_version DESC LIMIT 1),
       scores AS (
         SELECT c.caf_version, c.data_origin, s.criterion_number, s.sub_criterion_code, s.normalised::float8 AS score
           FROM chosen c JOIN caf_score s ON s.assessment_id = c.id),
       criteria AS (
         SELECT caf_version, data_origin, criterion_number, avg(score) AS score FROM scores
          GROUP BY caf_version, data_origin, criterion_number)
       SELECT caf_version AS "cafVersion", data_origin = 'SYNTHETIC_DEMO' AS synthetic, key, ${unitsSql('score')} AS units
         FROM (SELECT caf_version, data_origin, 'INDEX' AS key, avg(score) AS score FROM criteria GROUP BY caf_version, data_origin
               UNION ALL SELECT caf_version, data_origin, criterion_number::text, score FROM criteria
               UNION ALL SELECT caf_version, data_origin, sub_criterion_code, score FROM scores) named`,
      [officeId, cycleYear],
    );
    if (rows.length === 0) {
      return null;
    }
    return {
      officeId,
      cycleYear,
      cafVersion: rows[0]!.cafVersion,
      syntheticData: rows[0]!.synthetic,
      // The benchmarks' one rounding rule, exact: a true 56.25 is 56.3 (disclosure/).
      scores: rows.map(({ key, units }) => ({ key, score: meanToOneDecimal(BigInt(units)) })),
    };
  }

  private async mutuallyConsenting(ctx: Context, partnerOfficeId: string): Promise<boolean> {
    const own = ctx.viewer.officeIds;
    if (own.length === 0) {
      return false;
    }
    const [row] = await ctx.dataSource.query<{ mutual: boolean }[]>(
      `SELECT EXISTS (
         SELECT 1 FROM benchlearning_consent mine
           JOIN benchlearning_consent theirs ON theirs.office_id = mine.partner_office_id AND theirs.partner_office_id = mine.office_id
          WHERE mine.office_id = ANY($1) AND mine.partner_office_id = $2
            AND mine.revoked_at IS NULL AND theirs.revoked_at IS NULL) AS mutual`,
      [own, partnerOfficeId],
    );
    return row?.mutual ?? false;
  }
}
