import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusMainContent } from '../../app/utils/main-content';
import { rejectedFields } from '../../ui/error-message';
import { Form } from '../../ui/Form';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/use-form-errors';
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
  const { errors: local, validate } = useFormErrors<LocalErrors>();
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const tooShort = t('auth.invitation.errors.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  const serverMessage = error && !loading ? invitationErrorMessage(error, t) : null;
  const serverRejectedPassword = rejectedFields(error).has('password');

  const submit = async () => {
    const valid = validate(
      {
        password: password.length < MIN_PASSWORD_LENGTH ? tooShort : undefined,
        repeat: repeat !== password ? t('auth.invitation.errors.passwordMismatch') : undefined,
      },
      { password: passwordRef, repeat: repeatRef },
    );
    if (!valid) {
      return;
    }
    if (await accept(token, password)) {
      onAccepted();
      focusMainContent();
    }
  };

  return (
    <Form onSubmit={submit} error={serverMessage} testId="invitation-form">
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
        <SubmitButton
          pending={loading}
          pendingLabel={t('auth.invitation.submitting')}
          testId="invitation-submit"
        >
          {t('auth.invitation.submit')}
        </SubmitButton>
      </div>
    </Form>
  );
}
