import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from './error-message';

export type LoadingPanelProps<T> = {
  /** The loaded value; children render only once it is there. */
  data: T | null | undefined;
  loading: boolean;
  error?: ErrorLike | undefined;
  onRetry?: () => void;
  isEmpty?: (data: T) => boolean;
  emptyMessage?: string;
  children: (data: T) => ReactNode;
};

/** One place for the loading / error / empty states of every query-backed panel. */
export function LoadingPanel<T>({
  data,
  loading,
  error,
  onRetry,
  isEmpty,
  emptyMessage,
  children,
}: LoadingPanelProps<T>) {
  const { t } = useTranslation();

  // While a retry is in flight, show progress rather than the stale error.
  if (error && !loading) {
    return (
      <div className="state-panel state-panel--error" role="alert">
        <p className="state-panel__title">{t('status.errorTitle')}</p>
        <p>{t(errorMessageKey(error))}</p>
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('status.retry')}
          </button>
        )}
      </div>
    );
  }
  if (data === null || data === undefined) {
    return (
      <div className="state-panel" role="status" aria-live="polite" aria-busy={loading}>
        <span className="spinner" aria-hidden="true" />
        {t('status.loading')}
      </div>
    );
  }
  if (isEmpty?.(data)) {
    return (
      <div className="state-panel" role="status">
        {emptyMessage}
      </div>
    );
  }
  return <>{children(data)}</>;
}
