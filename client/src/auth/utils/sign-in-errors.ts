import { type ErrorLike, ServerError } from '@apollo/client';
import type { TFunction } from 'i18next';
import { apiErrorCode, errorMessageKey, retryAfterSeconds } from '../../ui/error-message';

/** Whole minutes to wait, never 0: "try again in 0 min." would invite an immediate retry. */
export const minutesToWait = (seconds: number | null): number =>
  Math.max(1, Math.ceil((seconds ?? 60) / 60));

/** The form-level message of a failed sign-in; wrong password and unknown e-mail read the same. */
export function signInErrorMessage(error: ErrorLike, t: TFunction): string {
  switch (apiErrorCode(error)) {
    case 'UNAUTHENTICATED':
      return t('auth.signIn.errors.invalidCredentials');
    case 'RATE_LIMITED':
      // HTTP 429 is request flooding; a GraphQL RATE_LIMITED here is the account lockout.
      return ServerError.is(error)
        ? t('status.errors.rateLimited')
        : t('auth.signIn.errors.lockedOut', { minutes: minutesToWait(retryAfterSeconds(error)) });
    case 'BAD_USER_INPUT':
      return t('forms.checkFields');
    default:
      return t(errorMessageKey(error));
  }
}
