import type { CafLabelStatus, IsoStatus } from '@caf/schema';
import type { TFunction } from 'i18next';
import { graphql } from '../../gql';
import type { ParticipantFieldsFragment } from '../../gql/graphql';
import type { AppLanguage } from '../../i18n/i18n';
import { formatInteger, formatShortDate, localeOf } from '../../i18n/format';
import type { BadgeTone } from '../../ui/Badge';

export const ParticipantFields = graphql(`
  fragment ParticipantFields on Participation {
    id
    role
    joinedOn
    office {
      id
      name
      jstType
      teryt
      population
      voivodeship {
        code
        name {
          pl
          en
        }
      }
      isoStatus {
        status
        standard
        polishStandard
        validUntil
      }
      cafLabel {
        status
        validUntil
      }
    }
  }
`);

const ISO_TONES: Record<IsoStatus, BadgeTone> = {
  NOT_STARTED: 'neutral',
  IMPLEMENTING: 'info',
  AUDIT_PLANNED: 'info',
  CERTIFIED: 'success',
  RECERTIFICATION_DUE: 'warning',
  SUSPENDED: 'warning',
  WITHDRAWN: 'danger',
  EXPIRED: 'danger',
};

const CAF_LABEL_TONES: Record<CafLabelStatus, BadgeTone> = {
  VALID: 'success',
  EXPIRED: 'danger',
  NONE: 'neutral',
};

/** One table row as displayed text. */
export type ParticipantRow = {
  id: string;
  officeName: string;
  isLeader: boolean;
  teryt: string;
  population: string;
  jstType: string;
  voivodeship: string;
  iso: { status: string; tone: BadgeTone; standard: string | null; validUntil: string | null };
  cafLabel: { status: string; tone: BadgeTone; validUntil: string | null };
};

export function toParticipantRow(
  participation: ParticipantFieldsFragment,
  t: TFunction,
  language: AppLanguage,
): ParticipantRow {
  const { office } = participation;
  const { isoStatus, cafLabel } = office;
  const date = (value: string | null | undefined) =>
    value ? formatShortDate(value, language) : null;
  const standard = [isoStatus.standard, isoStatus.polishStandard && `(${isoStatus.polishStandard})`]
    .filter(Boolean)
    .join(' ');
  return {
    id: participation.id,
    officeName: office.name,
    isLeader: participation.role === 'LEADER',
    teryt: office.teryt,
    population: formatInteger(office.population, language),
    jstType: t(`jstType.${office.jstType}`),
    voivodeship: office.voivodeship.name[language],
    iso: {
      status: t(`isoStatus.${isoStatus.status}`),
      tone: ISO_TONES[isoStatus.status],
      standard: standard || null,
      validUntil: date(isoStatus.validUntil),
    },
    cafLabel: {
      status: t(`cafLabelStatus.${cafLabel.status}`),
      tone: CAF_LABEL_TONES[cafLabel.status],
      validUntil: cafLabel.status === 'NONE' ? null : date(cafLabel.validUntil),
    },
  };
}

export type ParticipantSort = 'programme' | 'name-asc' | 'name-desc';

/** 'programme' keeps the server order (leaders first); names sort with Polish collation. */
export function sortParticipantRows(
  rows: readonly ParticipantRow[],
  sort: ParticipantSort,
  language: AppLanguage,
): readonly ParticipantRow[] {
  if (sort === 'programme') {
    return rows;
  }
  const collator = new Intl.Collator(localeOf(language), { sensitivity: 'base', numeric: true });
  const direction = sort === 'name-asc' ? 1 : -1;
  return [...rows].sort((a, b) => direction * collator.compare(a.officeName, b.officeName));
}
