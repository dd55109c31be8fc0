import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../i18n/use-app-language';
import { Card } from '../../ui/Card';
import { DownloadLink } from '../../ui/DownloadLink';
import { LoadingPanel } from '../../ui/LoadingPanel';
import { useProgrammeParticipantsQuery } from '../hooks/useProgrammeParticipantsQuery';
import {
  type ParticipantSort,
  sortParticipantRows,
  toParticipantRow,
} from '../utils/participant-rows';
import { participantsCsvHref } from '../utils/participants-export';
import { ParticipantsTable } from './ParticipantsTable';

export type ParticipantsPanelProps = {
  programmeId: string;
};

export function ParticipantsPanel({ programmeId }: ParticipantsPanelProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [sort, setSort] = useState<ParticipantSort>('programme');
  const { data, loading, error, refetch } = useProgrammeParticipantsQuery(programmeId);
  const participants = data?.programme.participants;

  const rows = useMemo(
    () =>
      participants &&
      sortParticipantRows(
        participants.map(p => toParticipantRow(p, t, language)),
        sort,
        language,
      ),
    [participants, t, language, sort],
  );

  const download = rows && rows.length > 0 && (
    <DownloadLink
      label={t('participants.downloadCsv')}
      href={participantsCsvHref(programmeId, language)}
      testId="participants-csv"
    />
  );

  return (
    <Card headingId="participants-heading" title={t('participants.heading')} actions={download}>
      <LoadingPanel
        data={rows}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        isEmpty={list => list.length === 0}
        emptyMessage={t('participants.empty')}
      >
        {list => <ParticipantsTable rows={list} sort={sort} onSortChange={setSort} />}
      </LoadingPanel>
    </Card>
  );
}
