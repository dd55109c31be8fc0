import type { MouseEvent } from 'react';
import { focusMainContent } from '../utils/main-content';

export type NavLinkProps = {
  label: string;
  href: string;
  current: boolean;
  onNavigate: () => void;
  testId?: string;
};

/** A real link (new tab, copy address work) that switches the view in place on a plain click. */
export function NavLink({ label, href, current, onNavigate, testId }: NavLinkProps) {
  const navigate = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    onNavigate();
    focusMainContent();
  };
  return (
    <a
      className="app-nav__link"
      href={href}
      aria-current={current ? 'page' : undefined}
      onClick={navigate}
      data-testid={testId}
    >
      {label}
    </a>
  );
}
