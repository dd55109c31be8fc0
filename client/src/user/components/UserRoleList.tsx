import { useTranslation } from 'react-i18next';
import { roleGrantLabel } from '../../auth/utils/role-grant';
import type { UserRowFieldsFragment } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import type { UserActions } from '../hooks/useUserActions';

export type UserRoleListProps = {
  user: UserRowFieldsFragment;
  actions: UserActions;
};

/** Each role with its scope, and a confirmed "revoke" per role. */
export function UserRoleList({ user, actions }: UserRoleListProps) {
  const { t } = useTranslation();
  if (user.roles.length === 0) {
    return <p className="cell-muted">{t('users.roles.none')}</p>;
  }
  return (
    <ul className="role-list">
      {user.roles.map(grant => {
        const role = roleGrantLabel(grant, t);
        return (
          <li key={grant.id} className="role-list__item">
            <span className="role-list__label">{role}</span>
            <ConfirmButton
              label={t('users.roles.revoke')}
              ariaLabel={t('users.roles.revokeLabel', { role, user: user.email })}
              title={t('users.roles.revokeTitle')}
              message={t('users.roles.revokeConfirm', { role, user: user.email })}
              onConfirm={() => actions.revokeRole(user, grant)}
              disabled={actions.busy}
              testId="revoke-role"
            />
          </li>
        );
      })}
    </ul>
  );
}
