import type { AppLanguage } from './i18n';

const LOCALES: Record<AppLanguage, string> = { pl: 'pl-PL', en: 'en-GB' };

export const localeOf = (language: AppLanguage): string => LOCALES[language];

/** `YYYY-MM-DD` as a UTC midnight, so no time zone can move it to the previous day. */
export function parseLocalDate(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`Not a local date: ${value}`);
  }
  return new Date(Date.UTC(year, month - 1, day));
}

const longDate = (language: AppLanguage): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** 30.06.2026 (pl) or 30/06/2026 (en): compact, for tables and CSV. */
export const formatShortDate = (value: string, language: AppLanguage): string =>
  new Intl.DateTimeFormat(localeOf(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parseLocalDate(value));

export const formatLongDate = (value: string, language: AppLanguage): string =>
  longDate(language).format(parseLocalDate(value));

/** "1 stycznia 2009 – 31 grudnia 2011"; null when the end is open. */
export function formatPeriod(
  start: string,
  end: string | null | undefined,
  language: AppLanguage,
): string | null {
  if (!end) {
    return null;
  }
  return longDate(language).formatRange(parseLocalDate(start), parseLocalDate(end));
}

export const formatInteger = (value: number, language: AppLanguage): string =>
  new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 }).format(value);

/** One decimal: 62,5 (pl) or 62.5 (en). */
export const formatScore = (value: number, language: AppLanguage): string =>
  new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);

/** An instant in the reader's time zone: 25.11.2026, 18:22 (pl) or 25/11/2026, 18:22 (en). */
export const formatDateTime = (value: string, language: AppLanguage): string =>
  new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(value),
  );
