import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserMenu } from '../../auth/components/UserMenu';
import { isAdmin } from '../../auth/utils/role-grant';
import type { MeQuery } from '../../gql/graphql';
import { AppNav } from './AppNav';
import { DemoBannerContainer } from './DemoBannerContainer';
import { LanguageSwitch } from './LanguageSwitch';
import { MenuButton } from './MenuButton';

export type AppHeaderProps = {
  /** The signed-in user; null on the sign-in page (banner and language switch stay). */
  me: MeQuery['me'];
};

export function AppHeader({ me }: AppHeaderProps) {
  const { t } = useTranslation();
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  // Open for one user: whoever signs in next starts with the menu closed.
  const [openFor, setOpenFor] = useState<string | null>(null);
  const menuOpen = openFor !== null && openFor === me?.id;
  const setMenuOpen = (open: boolean) => setOpenFor(open && me ? me.id : null);
  // Escape closes the open menu from the button or from inside it, and focus returns to the button.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menuOpen) {
      setMenuOpen(false);
      menuButton.current?.focus();
    }
  };
  // Signed in, the header holds more than a phone's width: there it collapses behind a button.
  const menuClass = me
    ? `app-header__menu app-header__menu--collapsible${menuOpen ? ' app-header__menu--open' : ''}`
    : 'app-header__menu';
  return (
    <header className="app-header">
      <DemoBannerContainer />
      <div className="app-header__bar">
        <div className="app-header__inner" onKeyDown={closeOnEscape}>
          <a className="brand" href="/">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </a>
          {me && (
            <MenuButton
              ref={menuButton}
              expanded={menuOpen}
              controls={menuId}
              onToggle={() => setMenuOpen(!menuOpen)}
            />
          )}
          <div className={menuClass} id={menuId}>
            <div className="app-header__tools">
              {me && <UserMenu me={me} />}
              <LanguageSwitch />
            </div>
            {/* Its own row under the brand: long programme names leave no room beside it. */}
            {me && <AppNav admin={isAdmin(me.roles)} onNavigate={() => setMenuOpen(false)} />}
          </div>
        </div>
      </div>
    </header>
  );
}
