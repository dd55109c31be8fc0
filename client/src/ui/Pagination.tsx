import { useTranslation } from 'react-i18next';
import { formatInteger } from '../i18n/format';
import { useAppLanguage } from '../i18n/use-app-language';

export type PaginationProps = {
  skip: number;
  take: number;
  totalItems: number;
  onChange: (skip: number) => void;
  testId?: string;
};

/** Previous / next over an offset-paginated list (`skip`, `take`, `totalItems`). */
export function Pagination({ skip, take, totalItems, onChange, testId }: PaginationProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  if (totalItems <= take && skip === 0) {
    return null;
  }
  const from = totalItems === 0 ? 0 : skip + 1;
  const to = Math.min(skip + take, totalItems);
  return (
    <nav className="pagination" aria-label={t('pagination.label')} data-testid={testId}>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange(Math.max(0, skip - take))}
        disabled={skip === 0}
      >
        {t('pagination.previous')}
      </button>
      <p className="pagination__range" aria-live="polite">
        {t('pagination.range', {
          from: formatInteger(from, language),
          to: formatInteger(to, language),
          total: formatInteger(totalItems, language),
        })}
      </p>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange(skip + take)}
        disabled={skip + take >= totalItems}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
