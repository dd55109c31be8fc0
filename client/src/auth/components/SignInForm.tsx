import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { focusMainContent } from '../../app/utils/main-content';
import { rejectedFields } from '../../ui/error-message';
import { Form } from '../../ui/Form';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/use-form-errors';
import { useSignIn } from '../hooks/useSignIn';
import { signInErrorMessage } from '../utils/sign-in-errors';

export type SignInFormProps = {
  email: string;
  password: string;
  onEmailChange: (email: string) => void;
  onPasswordChange: (password: string) => void;
};

type LocalErrors = { email?: string; password?: string };

/** E-mail and password; the fields are controlled by the page so a demo account can fill them. */
export function SignInForm({ email, password, onEmailChange, onPasswordChange }: SignInFormProps) {
  const { t } = useTranslation();
  const { signIn, loading, error } = useSignIn();
  const { errors: local, validate } = useFormErrors<LocalErrors>();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const rejected = rejectedFields(error);

  const submit = async () => {
    const valid = validate(
      {
        email: email.trim() ? undefined : t('auth.signIn.errors.emailRequired'),
        password: password ? undefined : t('auth.signIn.errors.passwordRequired'),
      },
      { email: emailRef, password: passwordRef },
    );
    if (!valid) {
      return;
    }
    if (await signIn(email, password)) {
      focusMainContent();
    }
  };

  return (
    <Form
      onSubmit={submit}
      error={error && !loading ? signInErrorMessage(error, t) : null}
      testId="login-form"
    >
      <TextField
        label={t('auth.signIn.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={onEmailChange}
        inputRef={emailRef}
        required
        error={
          local.email ?? (rejected.has('email') ? t('auth.signIn.errors.emailInvalid') : undefined)
        }
        testId="login-email"
      />
      <TextField
        label={t('auth.signIn.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={onPasswordChange}
        inputRef={passwordRef}
        required
        error={
          local.password ??
          (rejected.has('password') ? t('auth.signIn.errors.passwordRequired') : undefined)
        }
        testId="login-password"
      />
      <div className="form__actions">
        <SubmitButton
          pending={loading}
          pendingLabel={t('auth.signIn.submitting')}
          testId="login-submit"
        >
          {t('auth.signIn.submit')}
        </SubmitButton>
      </div>
    </Form>
  );
}
