import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useSessionEndedNotice } from '../hooks/useSessionEndedNotice';
import { DEMO_PASSWORD } from '../utils/demo-accounts';
import { DemoAccountsContainer } from './DemoAccountsContainer';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  const { t } = useTranslation();
  const sessionEnded = useSessionEndedNotice();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  useDocumentTitle(t('auth.signIn.heading'));

  return (
    <div className="auth-layout">
      <section className="auth-card" aria-labelledby="sign-in-heading">
        <h1 className="auth-card__title" id="sign-in-heading">
          {t('auth.signIn.heading')}
        </h1>
        <p className="auth-card__lead">{t('auth.signIn.lead')}</p>
        {sessionEnded && <Alert tone="info">{t('auth.signIn.sessionEnded')}</Alert>}
        <SignInForm
          email={email}
          password={password}
          onEmailChange={setEmail}
          onPasswordChange={setPassword}
        />
      </section>
      <DemoAccountsContainer
        onPick={account => {
          setEmail(account.email);
          setPassword(DEMO_PASSWORD);
        }}
      />
    </div>
  );
}
