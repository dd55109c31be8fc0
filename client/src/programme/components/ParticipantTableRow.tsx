import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import type { ParticipantRow } from '../utils/participant-rows';

export type ParticipantTableRowProps = {
  row: ParticipantRow;
};

export function ParticipantTableRow({ row }: ParticipantTableRowProps) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row" className="data-table__office">
        <span className="office-name">{row.officeName}</span>
        {row.isLeader && <Badge tone="accent">{t('participants.leader')}</Badge>}
        <span className="cell-meta">
          {t('participants.officeMeta', { teryt: row.teryt, population: row.population })}
        </span>
      </th>
      <td>{row.jstType}</td>
      <td>{row.voivodeship}</td>
      <td>
        <Badge tone={row.iso.tone}>{row.iso.status}</Badge>
        {row.iso.standard && <span className="cell-meta">{row.iso.standard}</span>}
        {row.iso.validUntil && (
          <span className="cell-meta">
            {t('participants.isoValidUntil', { date: row.iso.validUntil })}
          </span>
        )}
      </td>
      <td>
        <Badge tone={row.cafLabel.tone}>{row.cafLabel.status}</Badge>
        {row.cafLabel.validUntil && (
          <span className="cell-meta">
            {t('participants.cafValidUntil', { date: row.cafLabel.validUntil })}
          </span>
        )}
      </td>
    </tr>
  );
}
