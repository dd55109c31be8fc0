import { useTranslation } from 'react-i18next';
import { useAppView } from '../hooks/useAppView';
import { type AppView, viewHref } from '../utils/app-view';
import { NavLink } from './NavLink';

export type AppNavProps = {
  /** Admins also get the user, audit and cycle-release screens. */
  admin: boolean;
  /** Called after a plain click has switched the view (the header closes its narrow-screen menu). */
  onNavigate?: () => void;
};

type NavItem = { view: AppView; label: string; testId: string };

export function AppNav({ admin, onNavigate }: AppNavProps) {
  const { t } = useTranslation();
  const [view, setView] = useAppView(admin);
  const items: NavItem[] = [
    { view: 'programmes', label: t('app.navProgrammes'), testId: 'nav-programmes' },
    ...(admin
      ? ([
          { view: 'admin-users', label: t('app.navUsers'), testId: 'nav-users' },
          { view: 'audit', label: t('app.navAudit'), testId: 'nav-audit' },
          { view: 'releases', label: t('app.navReleases'), testId: 'nav-releases' },
        ] satisfies NavItem[])
      : []),
  ];
  return (
    <nav className="app-nav" aria-label={t('app.navLabel')}>
      <ul className="app-nav__list">
        {items.map(item => (
          <li key={item.view}>
            <NavLink
              label={item.label}
              href={viewHref(item.view, window.location.search)}
              current={item.view === view}
              onNavigate={() => {
                setView(item.view);
                onNavigate?.();
              }}
              testId={item.testId}
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}
