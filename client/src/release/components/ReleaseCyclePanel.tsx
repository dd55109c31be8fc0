import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';
import { useReleaseCycle } from '../hooks/useReleaseCycle';
import { useReleaseJob } from '../hooks/useReleaseJob';
import { useRunningReleaseJobId } from '../hooks/useRunningReleaseJobId';
import { isUnfinished, type ReleaseFeedback, releaseErrorMessage } from '../utils/release-outcome';
import { ReleaseCycleForm } from './ReleaseCycleForm';
import { ReleaseExplanation } from './ReleaseExplanation';
import { ReleaseJobProgress } from './ReleaseJobProgress';
import { ReleaseJobResult } from './ReleaseJobResult';

/** Starts a release and follows its job until it ends; a release already running is followed too. */
export function ReleaseCyclePanel() {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<ReleaseFeedback | null>(null);
  const [followedId, setFollowedId] = useState<string | null>(null);
  const runningId = useRunningReleaseJobId();
  // Adopted once: when that job ends, it is no longer "running", but its result is still shown.
  useEffect(() => {
    if (runningId) {
      setFollowedId(current => current ?? runningId);
    }
  }, [runningId]);
  const { job } = useReleaseJob(followedId);
  const { start, loading } = useReleaseCycle();
  const running = job !== undefined && isUnfinished(job);

  const publish = async (year: number) => {
    setRefusal(null);
    const result = await start(year);
    if (result.ok) {
      setFollowedId(result.job.id);
    } else {
      setRefusal({ tone: 'danger', message: releaseErrorMessage(result.error, year, t) });
    }
    return result;
  };

  return (
    <Card headingId="release-heading" title={t('releases.form.heading')}>
      <ReleaseExplanation />
      {refusal && (
        <Alert tone={refusal.tone} testId="release-feedback">
          {refusal.message}
        </Alert>
      )}
      {job &&
        (running ? (
          <ReleaseJobProgress job={job} />
        ) : (
          <ReleaseJobResult
            job={job}
            retrying={loading}
            onRetry={() => void publish(job.cycleYear)}
          />
        ))}
      <ReleaseCycleForm busy={loading || running} onPublish={publish} />
    </Card>
  );
}
