import type { AppLanguage } from '../../i18n/i18n';

/** The server-side CSV of a programme's participants, with headers in the reader's language. */
export const participantsCsvHref = (programmeId: string, language: AppLanguage): string =>
  `/export/programmes/${encodeURIComponent(programmeId)}/participants.csv?lang=${language}`;
