import { useTranslation } from 'react-i18next';
import { type AuditEntry, AuditTableRow } from './AuditTableRow';

export type AuditTableProps = {
  entries: readonly AuditEntry[];
  totalItems: number;
  /** A new page or filter is loading; the current rows stay until it arrives. */
  busy: boolean;
};

export function AuditTable({ entries, totalItems, busy }: AuditTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" aria-busy={busy}>
      <table className="data-table data-table--compact audit-table" data-testid="audit-table">
        <caption className="data-table__caption">
          {t('audit.table.caption')}
          <span className="data-table__count">{t('audit.table.total', { total: totalItems })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.table.columns.time')}</th>
            <th scope="col">{t('audit.table.columns.actor')}</th>
            <th scope="col">{t('audit.table.columns.action')}</th>
            <th scope="col">{t('audit.table.columns.entity')}</th>
            <th scope="col">{t('audit.table.columns.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(entry => (
            <AuditTableRow key={entry.id} entry={entry} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
