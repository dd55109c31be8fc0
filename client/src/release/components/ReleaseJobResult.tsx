import { useTranslation } from 'react-i18next';
import type { ReleaseJobFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { jobOutcome } from '../utils/release-outcome';

export type ReleaseJobResultProps = {
  job: ReleaseJobFieldsFragment;
  /** Starts the same cycle's release again (after a failure). */
  onRetry: () => void;
  retrying: boolean;
};

/** How a finished release ended; a failed one left the published state as it was. */
export function ReleaseJobResult({ job, onRetry, retrying }: ReleaseJobResultProps) {
  const { t } = useTranslation();
  const outcome = jobOutcome(job, t);
  return (
    <Alert tone={outcome.tone} testId="release-result">
      <p>{outcome.message}</p>
      {job.status === 'FAILED' && (
        <>
          {job.error && (
            <p className="release-job__detail">{t('releases.job.detail', { error: job.error })}</p>
          )}
          <button
            type="button"
            className="button button--secondary"
            onClick={onRetry}
            disabled={retrying}
            data-testid="release-retry"
          >
            {t('releases.job.retry')}
          </button>
        </>
      )}
    </Alert>
  );
}
