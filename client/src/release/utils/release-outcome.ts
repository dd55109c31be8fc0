import type { ErrorLike } from '@apollo/client';
import type { TFunction } from 'i18next';
import type { CycleReleaseFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import type { AppLanguage } from '../../i18n/i18n';
import { apiErrorCode, errorMessageKey } from '../../ui/error-message';

/** What the last publish attempt did, shown above the form. */
export type ReleaseFeedback = { tone: 'success' | 'info' | 'danger'; message: string };

type Release = CycleReleaseFieldsFragment;

/** The confirmation question: a first release, or asking again for a cycle already frozen. */
export function releaseConfirmMessage(
  year: number,
  previous: Release | undefined,
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

/** A successful answer: a new publication, or the unchanged one when nothing was new. */
export function releaseSuccess(
  release: Release,
  previous: Release | undefined,
  t: TFunction,
): ReleaseFeedback {
  const year = release.cycleYear;
  return previous
    ? { tone: 'info', message: t('releases.done.unchanged', { year }) }
    : { tone: 'success', message: t('releases.done.released', { year, offices: release.offices }) };
}

/** The server's CONFLICT: the cycle is published and can no longer change. */
export function releaseErrorMessage(error: ErrorLike, year: number, t: TFunction): string {
  switch (apiErrorCode(error)) {
    case 'CONFLICT':
      return t('releases.errors.alreadyReleased', { year });
    case 'BAD_USER_INPUT':
      // The year field is marked too (the server's bounds are the form's).
      return t('forms.checkFields');
    default:
      return t(errorMessageKey(error));
  }
}
