import type { TFunction } from 'i18next';
import { toCsv } from '../../utils/csv';
import type { ParticipantRow } from './participant-rows';

/** The participants table as shown (same order, language and formatting), one value per column. */
export function participantsCsv(rows: readonly ParticipantRow[], t: TFunction): string {
  const header = [
    t('participants.csv.name'),
    t('participants.csv.role'),
    t('participants.csv.teryt'),
    t('participants.csv.population'),
    t('participants.csv.jstType'),
    t('participants.csv.voivodeship'),
    t('participants.csv.isoStatus'),
    t('participants.csv.isoStandard'),
    t('participants.csv.isoValidUntil'),
    t('participants.csv.cafLabel'),
    t('participants.csv.cafLabelValidUntil'),
  ];
  const body = rows.map(row => [
    row.officeName,
    row.role,
    row.teryt,
    String(row.populationValue),
    row.jstType,
    row.voivodeship,
    row.iso.status,
    row.iso.standard ?? '',
    row.iso.validUntil ?? '',
    row.cafLabel.status,
    row.cafLabel.validUntil ?? '',
  ]);
  return toCsv(header, body);
}
