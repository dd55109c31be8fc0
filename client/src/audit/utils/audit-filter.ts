import type { AuditLogFilter } from '../../gql/graphql';
import type { AppLanguage } from '../../i18n/i18n';

/** The filter form as typed: dates are `YYYY-MM-DD` from `<input type="date">`, '' when unset. */
export type AuditFilterDraft = {
  action: string;
  entityType: string;
  from: string;
  to: string;
};

export const EMPTY_AUDIT_FILTER: AuditFilterDraft = {
  action: '',
  entityType: '',
  from: '',
  to: '',
};

/** The server's rule for `action` (AuditLogFilter): `entity.verb`, e.g. role.assign. */
export const AUDIT_ACTION_PATTERN = /^[a-z_]+\.[a-z_]+$/;

export type AuditFilterErrors = { action?: 'action'; to?: 'range' };

export function validateAuditFilter(draft: AuditFilterDraft): AuditFilterErrors {
  const action = draft.action.trim();
  return {
    action: action && !AUDIT_ACTION_PATTERN.test(action) ? 'action' : undefined,
    // ISO dates compare as strings.
    to: draft.from && draft.to && draft.to < draft.from ? 'range' : undefined,
  };
}

/** Midnight at the start of a local calendar day, `days` after the given one, as an instant. */
function localMidnight(date: string, days = 0): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day + days).toISOString();
}

/**
 * The API filter: whole days in the reader's time zone. `to` is exclusive on the server, so the
 * chosen last day is included by asking for everything before the following midnight.
 */
export function toAuditLogFilter(draft: AuditFilterDraft): AuditLogFilter {
  return {
    action: draft.action.trim() || undefined,
    entityType: draft.entityType.trim() || undefined,
    from: draft.from ? localMidnight(draft.from) : undefined,
    to: draft.to ? localMidnight(draft.to, 1) : undefined,
  };
}

/** The server's CSV of the audit log with the same filters as the table (admins only). */
export function auditCsvHref(draft: AuditFilterDraft, language: AppLanguage): string {
  const filter = toAuditLogFilter(draft);
  const params = new URLSearchParams();
  for (const key of ['action', 'entityType', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) {
      params.set(key, value);
    }
  }
  params.set('lang', language);
  return `/export/audit-log.csv?${params}`;
}
