import type { ErrorLike } from '@apollo/client';
import type { TFunction } from 'i18next';
import { apiErrorCode, errorMessageKey, fieldErrors } from '../../ui/error-message';

/** The server's minimum (auth/password.ts); checked here first so the user learns it at once. */
export const MIN_PASSWORD_LENGTH = 12;

/** Form-level message of a failed acceptance; null when the only problem is the password field. */
export function invitationErrorMessage(error: ErrorLike, t: TFunction): string | null {
  switch (apiErrorCode(error)) {
    case 'BAD_USER_INPUT': {
      const fields = fieldErrors(error).map(e => e.field);
      if (fields.includes('token')) {
        return t('auth.invitation.errors.invalidLink');
      }
      return fields.includes('password') ? null : t('forms.checkFields');
    }
    case 'CONFLICT':
      return t('auth.invitation.errors.alreadyActive');
    default:
      return t(errorMessageKey(error));
  }
}
