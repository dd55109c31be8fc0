import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import type { TFunction } from 'i18next';
import type { CycleReleaseFieldsFragment, ReleaseJobFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import type { AppLanguage } from '../../i18n/i18n';
import { apiErrorCode, errorMessageKey } from '../../ui/error-message';

/** What the last publish attempt did, shown above the form. */
export type ReleaseFeedback = { tone: 'success' | 'info' | 'danger'; message: string };

type Job = Pick<ReleaseJobFieldsFragment, 'status' | 'step' | 'cycleYear' | 'offices'>;

export const isUnfinished = (job: Pick<Job, 'status'>): boolean =>
  job.status === 'QUEUED' || job.status === 'RUNNING';

/** The steps the server reports; an unknown one (a newer server) reads as "in progress". */
const STEPS = ['QUEUED', 'STARTING', 'WAITING', 'RELEASING', 'ANALYZING'] as const;
export type ReleaseStepKey = `releases.job.steps.${(typeof STEPS)[number]}`;

export const stepKey = (step: string): ReleaseStepKey =>
  `releases.job.steps.${(STEPS as readonly string[]).includes(step) ? (step as (typeof STEPS)[number]) : 'RELEASING'}`;

/** Progress as a whole percentage for the bar and its aria-valuenow. */
export const progressPercent = (progress: number): number =>
  Math.round(Math.min(1, Math.max(0, progress)) * 100);

/** The confirmation question: a first release, or asking again for a cycle already frozen. */
export function releaseConfirmMessage(
  year: number,
  previous: CycleReleaseFieldsFragment | undefined,
  language: AppLanguage,
  t: TFunction,
): string {
  return previous
    ? t('releases.form.confirmAgain', {
        year,
        date: formatDateTime(previous.releasedAt, language),
        offices: previous.offices,
      })
    : t('releases.form.confirmFirst', { year });
}

/** A finished job: a new publication, the unchanged one when nothing was new, or a failure. */
export function jobOutcome(job: Job, t: TFunction): ReleaseFeedback {
  const year = job.cycleYear;
  if (job.status === 'FAILED') {
    return { tone: 'danger', message: t('releases.job.failed', { year }) };
  }
  return job.step === 'UNCHANGED'
    ? { tone: 'info', message: t('releases.done.unchanged', { year }) }
    : { tone: 'success', message: t('releases.done.released', { year, offices: job.offices }) };
}

const reasonOf = (error: ErrorLike): unknown =>
  CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.['reason'] : undefined;

/** The server's refusals: the cycle is published and can no longer change, or is being published. */
export function releaseErrorMessage(error: ErrorLike, year: number, t: TFunction): string {
  switch (apiErrorCode(error)) {
    case 'CONFLICT':
      return reasonOf(error) === 'RELEASE_RUNNING'
        ? t('releases.errors.running', { year })
        : t('releases.errors.alreadyReleased', { year });
    case 'BAD_USER_INPUT':
      // The year field is marked too (the server's bounds are the form's).
      return t('forms.checkFields');
    default:
      return t(errorMessageKey(error));
  }
}
