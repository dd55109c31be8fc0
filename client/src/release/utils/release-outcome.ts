import type { ErrorLike } from '@apollo/client';
import { DEFAULT_MIN_GROUP_SIZE } from '@caf/schema';
import type { TFunction } from 'i18next';
import type { CycleReleaseFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import type { AppLanguage } from '../../i18n/i18n';
import { apiErrorCode, errorExtensionNumber, errorMessageKey } from '../../ui/error-message';

/**
 * New offices a re-release must add: the platform's k, shared with the server. Fewer, and the old
 * and new statistics would difference out the latecomers' scores.
 */
export const MIN_NEW_OFFICES_FOR_RERELEASE = DEFAULT_MIN_GROUP_SIZE;

/** What the last publish attempt did, shown above the form. */
export type ReleaseFeedback = { tone: 'success' | 'info' | 'danger'; message: string };

type Release = CycleReleaseFieldsFragment;

/** The confirmation question: a first release, or a re-release that may only add offices. */
export function releaseConfirmMessage(
  year: number,
  previous: Release | undefined,
  language: AppLanguage,
  t: TFunction,
): string {
  const k = MIN_NEW_OFFICES_FOR_RERELEASE;
  return previous
    ? t('releases.form.confirmAgain', {
        year,
        k,
        date: formatDateTime(previous.releasedAt, language),
        offices: previous.offices,
      })
    : t('releases.form.confirmFirst', { year, k });
}

/**
 * A successful answer. Releasing again with no new submissions returns the existing release
 * unchanged, which is said as such rather than as a new publication.
 */
export function releaseSuccess(
  release: Release,
  previous: Release | undefined,
  t: TFunction,
): ReleaseFeedback {
  const year = release.cycleYear;
  if (!previous) {
    return {
      tone: 'success',
      message: t('releases.done.released', { year, offices: release.offices }),
    };
  }
  if (previous.releasedAt === release.releasedAt) {
    return { tone: 'info', message: t('releases.done.unchanged', { year }) };
  }
  return {
    tone: 'success',
    message: t('releases.done.rereleased', {
      year,
      offices: release.offices,
      before: previous.offices,
    }),
  };
}

/**
 * The server's CONFLICTs: too few offices submitted since the last release (`extensions.added`),
 * or scores already published have changed since.
 */
export function releaseErrorMessage(error: ErrorLike, year: number, t: TFunction): string {
  switch (apiErrorCode(error)) {
    case 'CONFLICT': {
      const added = errorExtensionNumber(error, 'added');
      return added === null
        ? t('releases.errors.scoresChanged', { year })
        : t('releases.errors.tooFewNew', { year, added, k: MIN_NEW_OFFICES_FOR_RERELEASE });
    }
    case 'BAD_USER_INPUT':
      // The year field is marked too (the server's bounds are the form's).
      return t('forms.checkFields');
    default:
      return t(errorMessageKey(error));
  }
}
