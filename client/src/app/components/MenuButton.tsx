import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export type MenuButtonProps = {
  /** Whether the menu it controls is shown. */
  expanded: boolean;
  /** Id of the menu it shows and hides. */
  controls: string;
  onToggle: () => void;
  ref?: Ref<HTMLButtonElement>;
};

/**
 * Discloses the header menu on narrow screens (the stylesheet hides it elsewhere). A native
 * button: Enter and Space toggle it, aria-expanded tells screen readers whether the menu is open.
 */
export function MenuButton({ expanded, controls, onToggle, ref }: MenuButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      ref={ref}
      type="button"
      className="menu-button"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
      data-testid="menu-toggle"
    >
      <svg className="menu-button__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path
          d={expanded ? 'M4 4l12 12M16 4 4 16' : 'M3 5h14M3 10h14M3 15h14'}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        />
      </svg>
      {t('app.menu')}
    </button>
  );
}
