import { useTranslation } from 'react-i18next';
import type { ParticipantRow, ParticipantSort } from '../utils/participant-rows';
import { ParticipantTableRow } from './ParticipantTableRow';
import { SortableHeader } from './SortableHeader';

export type ParticipantsTableProps = {
  rows: readonly ParticipantRow[];
  sort: ParticipantSort;
  onSortChange: (sort: ParticipantSort) => void;
};

const NEXT_SORT: Record<ParticipantSort, ParticipantSort> = {
  programme: 'name-asc',
  'name-asc': 'name-desc',
  'name-desc': 'name-asc',
};

export function ParticipantsTable({ rows, sort, onSortChange }: ParticipantsTableProps) {
  const { t } = useTranslation();
  const nameDirection =
    sort === 'name-asc' ? 'ascending' : sort === 'name-desc' ? 'descending' : 'none';
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="participants-table">
        <caption className="data-table__caption">
          {t('participants.caption')}
          <span className="data-table__count">
            {t('participants.total', { total: rows.length })}
          </span>
        </caption>
        <thead>
          <tr>
            <SortableHeader
              label={t('participants.columns.name')}
              sortLabel={t('participants.sortByName')}
              direction={nameDirection}
              onSort={() => onSortChange(NEXT_SORT[sort])}
            />
            <th scope="col">{t('participants.columns.jstType')}</th>
            <th scope="col">{t('participants.columns.voivodeship')}</th>
            <th scope="col">{t('participants.columns.iso')}</th>
            <th scope="col">{t('participants.columns.cafLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(row => (
            <ParticipantTableRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
