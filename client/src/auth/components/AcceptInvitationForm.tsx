import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusMainContent } from '../../app/utils/main-content';
import { Alert } from '../../ui/Alert';
import { fieldErrors } from '../../ui/error-message';
import { TextField } from '../../ui/TextField';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';
import { invitationErrorMessage, MIN_PASSWORD_LENGTH } from '../utils/invitation-errors';

export type AcceptInvitationFormProps = {
  token: string;
  /** Called once the user is signed in, to drop the used token from the URL. */
  onAccepted: () => void;
};

type LocalErrors = { password?: string; repeat?: string };

export function AcceptInvitationForm({ token, onAccepted }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const { accept, loading, error } = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [local, setLocal] = useState<LocalErrors>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const tooShort = t('auth.invitation.errors.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  const serverMessage = error && !loading ? invitationErrorMessage(error, t) : null;
  const serverRejectedPassword = fieldErrors(error).some(e => e.field === 'password');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: LocalErrors = {
      password: password.length < MIN_PASSWORD_LENGTH ? tooShort : undefined,
      repeat: repeat !== password ? t('auth.invitation.errors.passwordMismatch') : undefined,
    };
    setLocal(errors);
    if (errors.password || errors.repeat) {
      (errors.password ? passwordRef : repeatRef).current?.focus();
      return;
    }
    if (await accept(token, password)) {
      onAccepted();
      focusMainContent();
    }
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={event => void submit(event)}
      data-testid="invitation-form"
    >
      {serverMessage && <Alert tone="danger">{serverMessage}</Alert>}
      <TextField
        label={t('auth.invitation.password')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        inputRef={passwordRef}
        required
        hint={t('auth.invitation.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        error={local.password ?? (serverRejectedPassword ? tooShort : undefined)}
        testId="invitation-password"
      />
      <TextField
        label={t('auth.invitation.passwordRepeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={setRepeat}
        inputRef={repeatRef}
        required
        error={local.repeat}
        testId="invitation-password-repeat"
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={loading} data-testid="invitation-submit">
          {loading ? t('auth.invitation.submitting') : t('auth.invitation.submit')}
        </button>
      </div>
    </form>
  );
}
