import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AuditPanel } from './AuditPanel';

/** Admins only: the append-only record of changes, sign-ins and exports. */
export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.heading'));
  return (
    <>
      <PageHeader title={t('audit.heading')} lead={t('audit.lead')} />
      <AuditPanel />
    </>
  );
}
