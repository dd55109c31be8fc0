import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../i18n/i18n';
import { useAppLanguage } from '../../i18n/use-app-language';

const OTHER: Record<AppLanguage, AppLanguage> = { pl: 'en', en: 'pl' };

/** Names the other language in that language ("English" / "Polski"), as users look for it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = OTHER[useAppLanguage()];
  return (
    <button
      type="button"
      className="language-switch"
      lang={target}
      onClick={() => void i18n.changeLanguage(target)}
      data-testid="language-switch"
    >
      <svg
        className="language-switch__icon"
        viewBox="0 0 20 20"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M2 10h16M10 2c2.5 2.5 2.5 13.5 0 16M10 2c-2.5 2.5-2.5 13.5 0 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      </svg>
      {t('language.switchTo')}
    </button>
  );
}
