import { useTranslation } from 'react-i18next';

/** Said instead of an error: being outside a programme is a normal reason not to see its means. */
export function StatisticsNoAccess() {
  const { t } = useTranslation();
  return (
    <div
      className="state-panel state-panel--locked"
      role="status"
      data-testid="criterion-no-access"
    >
      <p className="state-panel__title">
        <svg className="state-panel__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M4 7V5a4 4 0 0 1 8 0v2M3 7h10v7H3z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
        {t('criteria.noAccessTitle')}
      </p>
      <p>{t('criteria.noAccess')}</p>
    </div>
  );
}
