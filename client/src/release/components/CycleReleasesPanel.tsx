import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/Card';
import { LoadingPanel } from '../../ui/LoadingPanel';
import { useCycleReleasesQuery } from '../hooks/useCycleReleasesQuery';
import { CycleReleasesTable } from './CycleReleasesTable';

export function CycleReleasesPanel() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useCycleReleasesQuery();
  return (
    <Card headingId="releases-list-heading" title={t('releases.table.heading')}>
      <LoadingPanel
        data={data?.cycleReleases}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        isEmpty={releases => releases.length === 0}
        emptyMessage={t('releases.table.empty')}
      >
        {releases => <CycleReleasesTable releases={releases} busy={loading} />}
      </LoadingPanel>
    </Card>
  );
}
