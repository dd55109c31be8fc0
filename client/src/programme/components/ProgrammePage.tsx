import { useTranslation } from 'react-i18next';
import { LoadingPanel } from '../../ui/LoadingPanel';
import { useProgrammeListQuery } from '../hooks/useProgrammeListQuery';
import { useSelectedProgrammeId } from '../hooks/useSelectedProgrammeId';
import { ProgrammeOverview } from './ProgrammeOverview';
import { ProgrammePicker } from './ProgrammePicker';

/** The programme view: picker (state in `?programme=`) and the selected programme. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useProgrammeListQuery();
  const programmes = data?.programmes;
  const [programmeId, selectProgramme] = useSelectedProgrammeId(programmes?.map(p => p.id));

  return (
    <LoadingPanel
      data={programmes}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => undefined)}
      isEmpty={list => list.length === 0 || programmeId === undefined}
      emptyMessage={t('programme.noProgrammes')}
    >
      {list =>
        programmeId && (
          <>
            <ProgrammePicker programmes={list} value={programmeId} onChange={selectProgramme} />
            {/* Keyed so per-programme UI state (cycle, sort) starts fresh on a switch. */}
            <ProgrammeOverview key={programmeId} programmeId={programmeId} />
          </>
        )
      }
    </LoadingPanel>
  );
}
