import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import { KNOWN_AUDIT_ACTIONS, KNOWN_ENTITY_TYPES } from '../utils/audit-entry';
import {
  type AuditFilterDraft,
  type AuditFilterErrors,
  EMPTY_AUDIT_FILTER,
  validateAuditFilter,
} from '../utils/audit-filter';

export type AuditFiltersProps = {
  applied: AuditFilterDraft;
  onApply: (filter: AuditFilterDraft) => void;
  /** The server rejected the applied action filter (BAD_USER_INPUT on filter.action). */
  actionRejected: boolean;
};

/** Applied on submit: an action typed halfway ("role.") is not a valid filter yet. */
export function AuditFilters({ applied, onApply, actionRejected }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilterDraft>(applied);
  const [errors, setErrors] = useState<AuditFilterErrors>({});
  const set = (key: keyof AuditFilterDraft) => (value: string) =>
    setDraft(current => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateAuditFilter(draft);
    setErrors(found);
    if (!found.action && !found.to) {
      onApply(draft);
    }
  };

  return (
    <form
      className="filters"
      noValidate
      onSubmit={submit}
      aria-label={t('audit.filters.label')}
      data-testid="audit-filters"
    >
      <TextField
        label={t('audit.filters.action')}
        value={draft.action}
        onChange={set('action')}
        list="audit-actions"
        hint={t('audit.filters.actionHint')}
        error={errors.action || actionRejected ? t('audit.filters.errors.action') : undefined}
        testId="audit-filter-action"
      />
      <datalist id="audit-actions">
        {KNOWN_AUDIT_ACTIONS.map(action => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <TextField
        label={t('audit.filters.entityType')}
        value={draft.entityType}
        onChange={set('entityType')}
        list="audit-entity-types"
        hint={t('audit.filters.entityTypeHint')}
        testId="audit-filter-entity-type"
      />
      <datalist id="audit-entity-types">
        {KNOWN_ENTITY_TYPES.map(type => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <TextField
        label={t('audit.filters.from')}
        type="date"
        value={draft.from}
        onChange={set('from')}
        testId="audit-filter-from"
      />
      <TextField
        label={t('audit.filters.to')}
        type="date"
        value={draft.to}
        onChange={set('to')}
        error={errors.to ? t('audit.filters.errors.range') : undefined}
        testId="audit-filter-to"
      />
      <div className="filters__actions">
        <button type="submit" className="button" data-testid="audit-filter-apply">
          {t('audit.filters.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(EMPTY_AUDIT_FILTER);
            setErrors({});
            onApply(EMPTY_AUDIT_FILTER);
          }}
        >
          {t('audit.filters.clear')}
        </button>
      </div>
    </form>
  );
}
