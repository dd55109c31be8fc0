import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useInvitationToken } from '../hooks/useInvitationToken';
import { AcceptInvitationForm } from './AcceptInvitationForm';

export type AcceptInvitationPageProps = {
  token: string;
};

/** Opened from an invitation link: set a password (twice), then the user is signed in. */
export function AcceptInvitationPage({ token }: AcceptInvitationPageProps) {
  const { t } = useTranslation();
  const [, setToken] = useInvitationToken();
  useDocumentTitle(t('auth.invitation.heading'));
  // The token must not linger in the address bar or history once it is used or abandoned.
  const dropToken = () => setToken(null, { replace: true });

  return (
    <div className="auth-layout">
      <section className="auth-card" aria-labelledby="invitation-heading">
        <h1 className="auth-card__title" id="invitation-heading">
          {t('auth.invitation.heading')}
        </h1>
        <p className="auth-card__lead">{t('auth.invitation.lead')}</p>
        <AcceptInvitationForm token={token} onAccepted={dropToken} />
        <p className="auth-card__footer">
          <a
            href="/"
            onClick={(event: MouseEvent<HTMLAnchorElement>) => {
              event.preventDefault();
              dropToken();
            }}
          >
            {t('auth.invitation.toSignIn')}
          </a>
        </p>
      </section>
    </div>
  );
}
