import { useTranslation } from 'react-i18next';
import type { ReleaseJobFieldsFragment } from '../../gql/graphql';
import { progressPercent, stepKey } from '../utils/release-outcome';

export type ReleaseJobProgressProps = {
  job: Pick<ReleaseJobFieldsFragment, 'cycleYear' | 'step' | 'progress'>;
};

/** A release under way: what it is doing and how far it got (coarse: the release is one step). */
export function ReleaseJobProgress({ job }: ReleaseJobProgressProps) {
  const { t } = useTranslation();
  const percent = progressPercent(job.progress);
  const step = t(stepKey(job.step));
  return (
    <div className="release-job" data-testid="release-job">
      <p className="release-job__label" id="release-job-label">
        {t('releases.job.running', { year: job.cycleYear })}
      </p>
      <div
        className="release-job__track"
        role="progressbar"
        aria-labelledby="release-job-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('releases.job.valueText', { percent, step })}
        data-testid="release-progress"
      >
        <div className="release-job__bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="release-job__step" aria-live="polite" data-testid="release-step">
        {step}
      </p>
    </div>
  );
}
