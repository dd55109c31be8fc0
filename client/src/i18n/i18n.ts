import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { pl } from './pl';

export const APP_LANGUAGES = ['pl', 'en'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

const STORAGE_KEY = 'caf-benchmark.language';

export const isAppLanguage = (value: unknown): value is AppLanguage =>
  (APP_LANGUAGES as readonly unknown[]).includes(value);

function storedLanguage(): AppLanguage {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isAppLanguage(stored) ? stored : 'pl';
  } catch {
    // Storage can be disabled (privacy mode); Polish is the default anyway.
    return 'pl';
  }
}

function rememberLanguage(language: AppLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is harmless.
  }
}

/** Initialises i18next synchronously (resources are bundled) and keeps `<html lang>` in sync. */
export function setUpI18n(): typeof i18next {
  i18next.on('languageChanged', language => {
    if (isAppLanguage(language)) {
      document.documentElement.lang = language;
      rememberLanguage(language);
    }
  });
  void i18next.use(initReactI18next).init({
    resources: { pl: { translation: pl }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'pl',
    supportedLngs: APP_LANGUAGES,
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18next;
}
