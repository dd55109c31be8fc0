import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../i18n/use-app-language';
import { Card } from '../../ui/Card';
import { DownloadLink } from '../../ui/DownloadLink';
import { fieldErrors } from '../../ui/error-message';
import { LoadingPanel } from '../../ui/LoadingPanel';
import { Pagination } from '../../ui/Pagination';
import { useAuditLogQuery } from '../hooks/useAuditLogQuery';
import {
  auditCsvHref,
  type AuditFilterDraft,
  EMPTY_AUDIT_FILTER,
  toAuditLogFilter,
} from '../utils/audit-filter';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

const PAGE_SIZE = 25;

export function AuditPanel() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [filter, setFilter] = useState<AuditFilterDraft>(EMPTY_AUDIT_FILTER);
  const [skip, setSkip] = useState(0);
  const { data, previousData, loading, error, refetch } = useAuditLogQuery(
    skip,
    PAGE_SIZE,
    toAuditLogFilter(filter),
  );
  const page = (data ?? previousData)?.auditLog;
  const actionRejected = fieldErrors(error).some(e => e.field.endsWith('action'));

  return (
    <Card
      headingId="audit-entries-heading"
      title={t('audit.table.heading')}
      actions={
        <DownloadLink
          label={t('audit.downloadCsv')}
          href={auditCsvHref(filter, language)}
          testId="audit-csv"
        />
      }
    >
      <AuditFilters
        applied={filter}
        onApply={next => {
          setFilter(next);
          setSkip(0);
        }}
        actionRejected={actionRejected}
      />
      <LoadingPanel
        data={page}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        isEmpty={loaded => loaded.items.length === 0}
        emptyMessage={t('audit.table.empty')}
      >
        {loaded => (
          <>
            <AuditTable entries={loaded.items} totalItems={loaded.totalItems} busy={loading} />
            <Pagination
              skip={skip}
              take={PAGE_SIZE}
              totalItems={loaded.totalItems}
              onChange={setSkip}
            />
          </>
        )}
      </LoadingPanel>
    </Card>
  );
}
