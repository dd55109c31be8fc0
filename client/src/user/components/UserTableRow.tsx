import { useTranslation } from 'react-i18next';
import type { UserRowFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { useAppLanguage } from '../../i18n/use-app-language';
import { Badge } from '../../ui/Badge';
import type { UserActions } from '../hooks/useUserActions';
import { isLocked } from '../utils/user-status';
import { AddRoleButton } from './AddRoleButton';
import { UserAccountActions } from './UserAccountActions';
import { UserRoleList } from './UserRoleList';
import { UserStatusBadge } from './UserStatusBadge';

export type UserTableRowProps = {
  user: UserRowFieldsFragment;
  isCurrentUser: boolean;
  actions: UserActions;
};

export function UserTableRow({ user, isCurrentUser, actions }: UserTableRowProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  return (
    <tr data-testid="user-row">
      <th scope="row" className="user-cell">
        <span className="user-cell__name">{user.displayName}</span>
        {isCurrentUser && <Badge tone="accent">{t('users.list.you')}</Badge>}
        <span className="cell-meta user-cell__email">{user.email}</span>
      </th>
      <td>
        <UserStatusBadge status={user.status} />
      </td>
      <td className="roles-cell">
        <UserRoleList user={user} actions={actions} />
        <AddRoleButton user={user} notify={actions.notify} disabled={actions.busy} />
      </td>
      <td>
        {user.lastLoginAt ? (
          <time dateTime={user.lastLoginAt}>{formatDateTime(user.lastLoginAt, language)}</time>
        ) : (
          <span className="cell-muted">{t('users.list.never')}</span>
        )}
      </td>
      <td>
        {user.lockedUntil && isLocked(user.lockedUntil) ? (
          <time dateTime={user.lockedUntil}>{formatDateTime(user.lockedUntil, language)}</time>
        ) : (
          t('common.none')
        )}
      </td>
      <td>
        <UserAccountActions user={user} isCurrentUser={isCurrentUser} actions={actions} />
      </td>
    </tr>
  );
}
