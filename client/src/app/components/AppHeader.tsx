import { useTranslation } from 'react-i18next';
import { UserMenu } from '../../auth/components/UserMenu';
import { isAdmin } from '../../auth/utils/role-grant';
import type { MeQuery } from '../../gql/graphql';
import { AppNav } from './AppNav';
import { DemoBannerContainer } from './DemoBannerContainer';
import { LanguageSwitch } from './LanguageSwitch';

export type AppHeaderProps = {
  /** The signed-in user; null on the sign-in page (banner and language switch stay). */
  me: MeQuery['me'];
};

export function AppHeader({ me }: AppHeaderProps) {
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
          <div className="app-header__tools">
            {me && <UserMenu me={me} />}
            <LanguageSwitch />
          </div>
          {/* Its own row under the brand: long programme names leave no room beside it. */}
          {me && <AppNav admin={isAdmin(me.roles)} />}
        </div>
      </div>
    </header>
  );
}
