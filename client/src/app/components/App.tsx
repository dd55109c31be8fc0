import { useTranslation } from 'react-i18next';
import { AcceptInvitationPage } from '../../auth/components/AcceptInvitationPage';
import { SignInPage } from '../../auth/components/SignInPage';
import { useInvitationToken } from '../../auth/hooks/useInvitationToken';
import { useMeQuery } from '../../auth/hooks/useMeQuery';
import { LoadingPanel } from '../../ui/LoadingPanel';
import { MAIN_CONTENT_ID } from '../utils/main-content';
import { AppHeader } from './AppHeader';
import { SignedInView } from './SignedInView';

export function App() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useMeQuery();
  const [invitationToken] = useInvitationToken();
  return (
    <>
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipLink')}
      </a>
      <AppHeader me={data?.me ?? null} />
      {/* tabIndex -1: the skip link moves keyboard focus here, not only the scroll position. */}
      <main className="app-main" id={MAIN_CONTENT_ID} tabIndex={-1}>
        {invitationToken ? (
          <AcceptInvitationPage token={invitationToken} />
        ) : (
          <LoadingPanel
            data={data}
            loading={loading}
            error={error}
            onRetry={() => void refetch().catch(() => undefined)}
          >
            {({ me }) =>
              // Keyed by user: nothing of one user's screen state survives into the next one's.
              me ? <SignedInView key={me.id} me={me} /> : <SignInPage />
            }
          </LoadingPanel>
        )}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
