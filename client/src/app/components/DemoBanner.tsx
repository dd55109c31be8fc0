import { useTranslation } from 'react-i18next';

/** Permanent notice while the database holds synthetic scores; deliberately not dismissible. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <svg className="demo-banner__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path
          d="M10 2 1 18h18L10 2Zm0 5v5m0 2.2v1.6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        />
      </svg>
      <p className="demo-banner__text">{t('app.demoBanner')}</p>
    </div>
  );
}
