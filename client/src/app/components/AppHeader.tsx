import { useTranslation } from 'react-i18next';
import { DemoBannerContainer } from './DemoBannerContainer';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <DemoBannerContainer />
      <div className="app-header__bar">
        <div className="app-header__inner">
          <a className="brand" href="/">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </a>
          <nav className="app-nav" aria-label={t('app.navLabel')}>
            <ul className="app-nav__list">
              <li>
                <a className="app-nav__link" href="/" aria-current="page">
                  {t('app.navProgrammes')}
                </a>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
