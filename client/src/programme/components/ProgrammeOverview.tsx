import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingPanel } from '../../ui/LoadingPanel';
import { useProgrammeOverviewQuery } from '../hooks/useProgrammeOverviewQuery';
import { CriterionChartPanel } from './CriterionChartPanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { ProgrammeHeader } from './ProgrammeHeader';

export type ProgrammeOverviewProps = {
  programmeId: string;
};

export function ProgrammeOverview({ programmeId }: ProgrammeOverviewProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useProgrammeOverviewQuery(programmeId);
  const programme = data?.programme;

  useEffect(() => {
    if (programme) {
      document.title = t('app.documentTitle', { page: programme.name });
    }
  }, [programme, t]);

  return (
    <LoadingPanel
      data={programme}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => undefined)}
    >
      {loaded => (
        <>
          <ProgrammeHeader programme={loaded} />
          {/* The programme-wide picture first, then the (long) list of offices behind it. */}
          <CriterionChartPanel programmeId={loaded.id} cycles={loaded.assessmentCycles} />
          <ParticipantsPanel programmeId={loaded.id} />
        </>
      )}
    </LoadingPanel>
  );
}
