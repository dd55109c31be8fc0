import { useTranslation } from 'react-i18next';
import type { UserRowFieldsFragment } from '../../gql/graphql';
import type { UserActions } from '../hooks/useUserActions';
import { UserTableRow } from './UserTableRow';

export type UsersTableProps = {
  users: readonly UserRowFieldsFragment[];
  totalItems: number;
  currentUserId: string;
  actions: UserActions;
  /** A new page or filter is loading; the current rows stay until it arrives. */
  busy: boolean;
};

export function UsersTable({ users, totalItems, currentUserId, actions, busy }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" aria-busy={busy}>
      <table className="data-table users-table" data-testid="users-table">
        <caption className="data-table__caption">
          {t('users.list.caption')}
          <span className="data-table__count">{t('users.list.total', { total: totalItems })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('users.list.columns.user')}</th>
            <th scope="col">{t('users.list.columns.status')}</th>
            <th scope="col">{t('users.list.columns.roles')}</th>
            <th scope="col">{t('users.list.columns.lastLogin')}</th>
            <th scope="col">{t('users.list.columns.lockedUntil')}</th>
            <th scope="col">{t('users.list.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map(user => (
            <UserTableRow
              key={user.id}
              user={user}
              isCurrentUser={user.id === currentUserId}
              actions={actions}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
