import { useTranslation } from 'react-i18next';
import type { MeQuery } from '../../gql/graphql';
import { useSignOut } from '../hooks/useSignOut';
import { roleGrantLabel } from '../utils/role-grant';

export type UserMenuProps = {
  me: NonNullable<MeQuery['me']>;
};

/** Who is signed in, with which roles (and for which programme or office), and sign-out. */
export function UserMenu({ me }: UserMenuProps) {
  const { t } = useTranslation();
  const { signOut, loading } = useSignOut();
  const roles = me.roles.map(grant => roleGrantLabel(grant, t));
  const rolesText = roles.length > 0 ? roles.join(', ') : t('auth.userMenu.noRoles');
  return (
    <div className="user-menu" role="group" aria-label={t('auth.userMenu.label')}>
      <div className="user-menu__identity">
        <span className="user-menu__name" data-testid="user-name">
          {me.displayName}
        </span>
        <span className="user-menu__roles" title={rolesText} data-testid="user-roles">
          {rolesText}
        </span>
      </div>
      <button
        type="button"
        className="button button--on-dark"
        onClick={() => void signOut()}
        disabled={loading}
        data-testid="sign-out"
      >
        {t('auth.userMenu.signOut')}
      </button>
    </div>
  );
}
