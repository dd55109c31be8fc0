import { useTranslation } from 'react-i18next';
import type { AuditLogQuery } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { useAppLanguage } from '../../i18n/use-app-language';
import { auditActionKey } from '../utils/audit-entry';
import { AuditChanges } from './AuditChanges';

export type AuditEntry = AuditLogQuery['auditLog']['items'][number];

export type AuditTableRowProps = {
  entry: AuditEntry;
};

export function AuditTableRow({ entry }: AuditTableRowProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const actionKey = auditActionKey(entry.action);
  return (
    <tr>
      <th scope="row">
        <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, language)}</time>
      </th>
      <td>
        {entry.actorEmail ?? <span className="cell-muted">{t('audit.table.anonymous')}</span>}
      </td>
      <td>
        <code className="code">{entry.action}</code>
        {actionKey && <span className="cell-meta">{t(`audit.actions.${actionKey}`)}</span>}
      </td>
      <td>
        {entry.entityType}
        {entry.entityId && (
          <span className="cell-meta">
            <code className="code code--id">{entry.entityId}</code>
          </span>
        )}
      </td>
      <td>
        <AuditChanges before={entry.before} after={entry.after} />
      </td>
    </tr>
  );
}
