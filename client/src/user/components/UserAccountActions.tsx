import { useTranslation } from 'react-i18next';
import type { UserRowFieldsFragment } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import type { UserActions } from '../hooks/useUserActions';

export type UserAccountActionsProps = {
  user: UserRowFieldsFragment;
  /** Admins cannot deactivate themselves (the server refuses it too). */
  isCurrentUser: boolean;
  actions: UserActions;
};

export function UserAccountActions({ user, isCurrentUser, actions }: UserAccountActionsProps) {
  const { t } = useTranslation();
  const who = user.email;
  return (
    <div className="row-actions">
      {user.status === 'ACTIVE' && (
        <ConfirmButton
          label={t('users.actions.endSessions')}
          ariaLabel={t('users.actions.endSessionsLabel', { user: who })}
          title={t('users.actions.endSessionsTitle')}
          message={t('users.actions.endSessionsConfirm', { user: who })}
          onConfirm={() => actions.endSessions(user)}
          disabled={actions.busy}
          testId="end-sessions"
        />
      )}
      {/* Not for INVITED: the database requires a password for any account that is not invited. */}
      {user.status === 'ACTIVE' && !isCurrentUser && (
        <ConfirmButton
          label={t('users.actions.deactivate')}
          ariaLabel={t('users.actions.deactivateLabel', { user: who })}
          title={t('users.actions.deactivateTitle')}
          message={t('users.actions.deactivateConfirm', { user: who })}
          onConfirm={() => actions.setActive(user, false)}
          disabled={actions.busy}
          testId="deactivate-user"
        />
      )}
      {user.status === 'DEACTIVATED' && (
        <ConfirmButton
          label={t('users.actions.reactivate')}
          ariaLabel={t('users.actions.reactivateLabel', { user: who })}
          title={t('users.actions.reactivateTitle')}
          message={t('users.actions.reactivateConfirm', { user: who })}
          onConfirm={() => actions.setActive(user, true)}
          disabled={actions.busy}
          testId="reactivate-user"
        />
      )}
    </div>
  );
}
