import type { pl } from '../../i18n/pl';

type AuditActionKey = keyof typeof pl.audit.actions;

/** Actions the server records (server/src/**: audit.record calls), with their translation keys. */
const ACTION_KEYS: Readonly<Record<string, AuditActionKey>> = {
  'role.assign': 'role_assign',
  'role.revoke': 'role_revoke',
  'session.create': 'session_create',
  'session.reject': 'session_reject',
  'session.revoke': 'session_revoke',
  'session.revoke_all': 'session_revoke_all',
  'user.invite': 'user_invite',
  'user.activate': 'user_activate',
  'user.deactivate': 'user_deactivate',
  'user.reactivate': 'user_reactivate',
  'user.lock': 'user_lock',
  'export.participants': 'export_participants',
  'export.audit_log': 'export_audit_log',
  'consent.grant': 'consent_grant',
  'consent.revoke': 'consent_revoke',
  'programme.update_disclosure': 'programme_update_disclosure',
  'cycle.release': 'cycle_release',
};

/** Suggestions for the action filter. */
export const KNOWN_AUDIT_ACTIONS: readonly string[] = Object.keys(ACTION_KEYS);

/** Suggestions for the entity-type filter. */
export const KNOWN_ENTITY_TYPES: readonly string[] = [
  'user',
  'session',
  'programme',
  'office',
  'audit_log',
  'cycle',
];

/** The translation key of a known action; newer actions show their code only. */
export const auditActionKey = (action: string): AuditActionKey | null =>
  ACTION_KEYS[action] ?? null;

/** One line of JSON: compact enough for a table, exact enough to audit. */
export const compactJson = (value: Record<string, unknown>): string => JSON.stringify(value);
