import { useTranslation } from 'react-i18next';
import { type AppLanguage, isAppLanguage } from './i18n';

/** The current UI language, narrowed to the ones we ship. */
export function useAppLanguage(): AppLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isAppLanguage(language) ? language : 'pl';
}
