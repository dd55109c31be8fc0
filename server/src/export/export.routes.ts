import { findVoivodeship } from '@caf/schema';
import { type Request, type Response, Router } from 'express';
import { AuditService } from '../audit/audit.service';
import type { Context } from '../graphql/context';
import { AppError, ErrorCode } from '../graphql/errors';
import { isWellFormedText } from '../graphql/well-formed-input.plugin';
import { IsoService } from '../iso/iso.service';
import { LabelService } from '../label/label.service';
import { isServiceUnavailable, RETRY_AFTER_SECONDS } from '../shared/unavailable';
import { ProgrammeService } from '../programme/programme.service';
import { CSV_LABELS, exportLanguage } from './csv-labels';
import { sendCsv } from './csv';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** At most this many audit records per file; narrow the filter for more. */
export const MAX_AUDIT_EXPORT_ROWS = 50_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function requireSignedIn(ctx: Context, role?: 'ADMIN'): void {
  if (!ctx.viewer.authenticated) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to export.');
  }
  if (role && !ctx.viewer.hasRole(role)) {
    throw new AppError(ErrorCode.FORBIDDEN, 'Your role does not allow this export.');
  }
}

function optionalDate(value: unknown, field: string): Date | undefined {
  if (value === undefined || value === '') {
    return undefined;
  }
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${field} must be an ISO date`, {
      fieldErrors: [{ field, message: 'must be an ISO date' }],
    });
  }
  return date;
}

/** A text filter from the query string, held to the same rules as GraphQL string arguments. */
function optionalText(value: unknown, field: string): string | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  if (value.length > 100 || !isWellFormedText(value)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${field} is not an acceptable filter`, {
      fieldErrors: [{ field, message: 'at most 100 characters, no NUL or broken characters' }],
    });
  }
  return value;
}

/**
 * CSV downloads. They go through the server so that every export is authorised the same way as
 * the API and lands in the audit log.
 */
export function exportRoutes(contextFor: (req: Request, res: Response) => Context): Router {
  const router = Router();
  const audit = new AuditService();

  const handle =
    (run: (ctx: Context, req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      const ctx = contextFor(req, res);
      try {
        await run(ctx, req, res);
      } catch (error) {
        const busy = isServiceUnavailable(error);
        const code =
          error instanceof AppError
            ? String(error.extensions.code)
            : busy
              ? 'SERVICE_UNAVAILABLE'
              : 'INTERNAL_SERVER_ERROR';
        if (busy) {
          res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
        } else if (!(error instanceof AppError)) {
          console.error('Export failed', error);
        }
        res.status(HTTP_STATUS[code] ?? 500).json({
          error: code,
          message: error instanceof AppError ? error.message : 'Export failed',
        });
      }
    };

  router.get(
    '/programmes/:id/participants.csv',
    handle(async (ctx, req, res) => {
      requireSignedIn(ctx);
      const id = String(req.params.id);
      if (!UUID.test(id)) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'id must be a UUID');
      }
      const lang = exportLanguage(req.query.lang);
      const labels = CSV_LABELS[lang];
      const programme = await new ProgrammeService().byId(ctx, id);
      const participants = await ctx.loaders.participationsByProgrammeId.load(id);
      const iso = new IsoService();
      const caf = new LabelService();
      const rows = await Promise.all(
        participants.map(async p => {
          const [office, isoStatus, label] = await Promise.all([
            ctx.loaders.officeById.load(p.officeId),
            iso.statusOf(ctx, p.officeId),
            caf.latestOf(ctx, p.officeId),
          ]);
          return [
            office!.name,
            labels.role[p.role],
            labels.jstType[office!.jstType],
            findVoivodeship(office!.voivodeshipCode)?.name[lang],
            office!.teryt,
            office!.population,
            labels.isoStatus[isoStatus.status],
            isoStatus.standard,
            isoStatus.validUntil,
            labels.cafLabel[label.status],
            label.validUntil,
          ];
        }),
      );
      rows.sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'pl'));
      await ctx.dataSource.transaction(manager =>
        audit.record(manager, ctx, {
          action: 'export.participants',
          entityType: 'programme',
          entityId: id,
          after: { rows: rows.length, lang },
        }),
      );
      sendCsv(
        res,
        `${lang === 'pl' ? 'urzedy' : 'offices'}-${programme.code}.csv`,
        labels.participantsHeader,
        rows,
      );
    }),
  );

  router.get(
    '/audit-log.csv',
    handle(async (ctx, req, res) => {
      requireSignedIn(ctx, 'ADMIN');
      const lang = exportLanguage(req.query.lang);
      const filter = {
        action: optionalText(req.query.action, 'action'),
        entityType: optionalText(req.query.entityType, 'entityType'),
        entityId: optionalText(req.query.entityId, 'entityId'),
        from: optionalDate(req.query.from, 'from'),
        to: optionalDate(req.query.to, 'to'),
      };
      const { items } = await audit.list(ctx, { skip: 0, take: MAX_AUDIT_EXPORT_ROWS, filter });
      // The export is recorded before the file leaves, so even a failed download is accounted for.
      await ctx.dataSource.transaction(manager =>
        audit.record(manager, ctx, {
          action: 'export.audit_log',
          entityType: 'audit_log',
          after: { rows: items.length, filter },
        }),
      );
      sendCsv(
        res,
        `${lang === 'pl' ? 'dziennik-zdarzen' : 'audit-log'}.csv`,
        CSV_LABELS[lang].auditHeader,
        items.map(r => [
          r.occurredAt.toISOString(),
          r.actorEmail,
          r.action,
          r.entityType,
          r.entityId,
          JSON.stringify(r.before),
          JSON.stringify(r.after),
          r.ipAddress,
        ]),
      );
    }),
  );
  return router;
}
