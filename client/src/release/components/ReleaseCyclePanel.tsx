import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';
import type { ReleaseFeedback } from '../utils/release-outcome';
import { ReleaseCycleForm } from './ReleaseCycleForm';
import { ReleaseExplanation } from './ReleaseExplanation';

export function ReleaseCyclePanel() {
  const { t } = useTranslation();
  const [feedback, setFeedback] = useState<ReleaseFeedback | null>(null);
  return (
    <Card headingId="release-heading" title={t('releases.form.heading')}>
      <ReleaseExplanation />
      {feedback && (
        <Alert tone={feedback.tone} testId="release-feedback">
          {feedback.message}
        </Alert>
      )}
      <ReleaseCycleForm onStart={() => setFeedback(null)} onDone={setFeedback} />
    </Card>
  );
}
