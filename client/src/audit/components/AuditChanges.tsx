import { useTranslation } from 'react-i18next';
import { compactJson } from '../utils/audit-entry';

export type AuditChangesProps = {
  before: Record<string, unknown> | null | undefined;
  after: Record<string, unknown> | null | undefined;
};

/** The snapshots before and after, folded away: most rows are read by their action alone. */
export function AuditChanges({ before, after }: AuditChangesProps) {
  const { t } = useTranslation();
  if (!before && !after) {
    return <>{t('common.none')}</>;
  }
  return (
    <details className="json-details">
      <summary>{t('audit.table.changes')}</summary>
      <dl className="json-details__list">
        {before && (
          <>
            <dt>{t('audit.table.before')}</dt>
            <dd>
              <pre className="json">{compactJson(before)}</pre>
            </dd>
          </>
        )}
        {after && (
          <>
            <dt>{t('audit.table.after')}</dt>
            <dd>
              <pre className="json">{compactJson(after)}</pre>
            </dd>
          </>
        )}
      </dl>
    </details>
  );
}
