import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusMainContent } from '../../app/utils/main-content';
import { Alert } from '../../ui/Alert';
import { fieldErrors } from '../../ui/error-message';
import { TextField } from '../../ui/TextField';
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
  const [local, setLocal] = useState<LocalErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const rejected = new Set(fieldErrors(error).map(e => e.field));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: LocalErrors = {
      email: email.trim() ? undefined : t('auth.signIn.errors.emailRequired'),
      password: password ? undefined : t('auth.signIn.errors.passwordRequired'),
    };
    setLocal(errors);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    if (await signIn(email, password)) {
      focusMainContent();
    }
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={event => void submit(event)}
      data-testid="login-form"
    >
      {error && !loading && <Alert tone="danger">{signInErrorMessage(error, t)}</Alert>}
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
        <button type="submit" className="button" disabled={loading} data-testid="login-submit">
          {loading ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </div>
    </form>
  );
}
