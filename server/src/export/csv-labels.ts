import type { CafLabelStatus, IsoStatus, JstType, ParticipationRole } from '@caf/schema';

export type ExportLanguage = 'pl' | 'en';

interface Labels {
  participantsHeader: string[];
  auditHeader: string[];
  role: Record<ParticipationRole, string>;
  jstType: Record<JstType, string>;
  isoStatus: Record<IsoStatus, string>;
  cafLabel: Record<CafLabelStatus, string>;
}

/** Column headers and enum names of the CSV exports, in the language the user reads. */
export const CSV_LABELS: Record<ExportLanguage, Labels> = {
  pl: {
    participantsHeader: [
      'Urząd',
      'Rola',
      'Typ JST',
      'Województwo',
      'TERYT',
      'Liczba mieszkańców',
      'Status ISO 9001',
      'Norma',
      'Certyfikat ważny do',
      'Skuteczny Użytkownik CAF',
      'Wyróżnienie ważne do',
    ],
    auditHeader: [
      'Czas',
      'Użytkownik',
      'Zdarzenie',
      'Obiekt',
      'Identyfikator',
      'Przed',
      'Po',
      'Adres IP',
    ],
    role: { LEADER: 'lider', PARTICIPANT: 'uczestnik' },
    jstType: {
      GMINA_MIEJSKA: 'gmina miejska',
      GMINA_WIEJSKA: 'gmina wiejska',
      GMINA_MIEJSKO_WIEJSKA: 'gmina miejsko-wiejska',
      MIASTO_NA_PRAWACH_POWIATU: 'miasto na prawach powiatu',
      POWIAT: 'powiat',
      WOJEWODZTWO: 'województwo',
    },
    isoStatus: {
      NOT_STARTED: 'brak',
      IMPLEMENTING: 'wdrażanie',
      AUDIT_PLANNED: 'audyt zaplanowany',
      CERTIFIED: 'certyfikowany',
      RECERTIFICATION_DUE: 'wymaga recertyfikacji',
      SUSPENDED: 'zawieszony',
      WITHDRAWN: 'cofnięty',
      EXPIRED: 'wygasły',
    },
    cafLabel: { NONE: 'brak', VALID: 'ważne', EXPIRED: 'wygasłe' },
  },
  en: {
    participantsHeader: [
      'Office',
      'Role',
      'JST type',
      'Voivodeship',
      'TERYT',
      'Population',
      'ISO 9001 status',
      'Standard',
      'Certificate valid until',
      'Effective CAF User',
      'Label valid until',
    ],
    auditHeader: ['Time', 'User', 'Action', 'Entity', 'Id', 'Before', 'After', 'IP address'],
    role: { LEADER: 'leader', PARTICIPANT: 'participant' },
    jstType: {
      GMINA_MIEJSKA: 'urban gmina',
      GMINA_WIEJSKA: 'rural gmina',
      GMINA_MIEJSKO_WIEJSKA: 'urban-rural gmina',
      MIASTO_NA_PRAWACH_POWIATU: 'city with county rights',
      POWIAT: 'powiat',
      WOJEWODZTWO: 'voivodeship',
    },
    isoStatus: {
      NOT_STARTED: 'none',
      IMPLEMENTING: 'implementing',
      AUDIT_PLANNED: 'audit planned',
      CERTIFIED: 'certified',
      RECERTIFICATION_DUE: 'recertification due',
      SUSPENDED: 'suspended',
      WITHDRAWN: 'withdrawn',
      EXPIRED: 'expired',
    },
    cafLabel: { NONE: 'none', VALID: 'valid', EXPIRED: 'expired' },
  },
};

export const exportLanguage = (value: unknown): ExportLanguage => (value === 'en' ? 'en' : 'pl');
