import { useTranslation } from 'react-i18next';
import { ProgrammePage } from '../../programme/components/ProgrammePage';
import { AppHeader } from './AppHeader';

export const MAIN_CONTENT_ID = 'main-content';

export function App() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipLink')}
      </a>
      <AppHeader />
      {/* tabIndex -1: the skip link moves keyboard focus here, not only the scroll position. */}
      <main className="app-main" id={MAIN_CONTENT_ID} tabIndex={-1}>
        <ProgrammePage />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
