import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { useDocumentTitle } from '../../ui/use-document-title';
import { CycleReleasesPanel } from './CycleReleasesPanel';
import { ReleaseCyclePanel } from './ReleaseCyclePanel';

/** Admins only: publish an assessment cycle's benchmarks, once and frozen. */
export function ReleasesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('releases.heading'));
  return (
    <>
      <PageHeader title={t('releases.heading')} lead={t('releases.lead')} />
      <ReleaseCyclePanel />
      <CycleReleasesPanel />
    </>
  );
}
