import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { roleGrantLabel } from '../../auth/utils/role-grant';
import type { RoleGrantFieldsFragment, UserRowFieldsFragment } from '../../gql/graphql';
import { apiErrorCode, errorMessageKey, toErrorLike } from '../../ui/error-message';
import {
  DeactivateUserMutation,
  ReactivateUserMutation,
  RevokeRoleMutation,
  RevokeSessionsMutation,
} from '../graphql/user.graphql';
import type { Feedback } from '../utils/feedback';

export type UserActions = {
  revokeRole: (user: UserRowFieldsFragment, grant: RoleGrantFieldsFragment) => void;
  setActive: (user: UserRowFieldsFragment, active: boolean) => void;
  endSessions: (user: UserRowFieldsFragment) => void;
  /** For actions that report from their own form (adding a role). */
  notify: (feedback: Feedback) => void;
  busy: boolean;
};

/**
 * The row actions of the users table. Mutations return the changed user, which updates its row
 * through the cache; a CONFLICT (someone else changed the account) reloads the list instead.
 */
export function useUserActions(
  notify: (feedback: Feedback) => void,
  reloadUsers: () => void,
): UserActions {
  const { t } = useTranslation();
  const [revokeRoleMutation, revokeState] = useMutation(RevokeRoleMutation);
  const [deactivateMutation, deactivateState] = useMutation(DeactivateUserMutation);
  const [reactivateMutation, reactivateState] = useMutation(ReactivateUserMutation);
  const [revokeSessionsMutation, sessionsState] = useMutation(RevokeSessionsMutation);

  const fail = useCallback(
    (error: ErrorLike, message?: string) =>
      notify({ tone: 'danger', message: message ?? t(errorMessageKey(error)) }),
    [notify, t],
  );

  const revokeRole = useCallback(
    async (user: UserRowFieldsFragment, grant: RoleGrantFieldsFragment) => {
      const role = roleGrantLabel(grant, t);
      try {
        await revokeRoleMutation({ variables: { id: grant.id } });
        notify({
          tone: 'success',
          message: t('users.actions.done.roleRevoked', { role, user: user.email }),
        });
      } catch (caught) {
        const error = toErrorLike(caught);
        switch (apiErrorCode(error)) {
          case 'CONFLICT':
            fail(error, t('users.actions.errors.lastAdmin'));
            break;
          case 'NOT_FOUND':
            // Revoked by someone else meanwhile: show the list as it is now.
            fail(error);
            reloadUsers();
            break;
          default:
            fail(error);
        }
      }
    },
    [fail, notify, reloadUsers, revokeRoleMutation, t],
  );

  const setActive = useCallback(
    async (user: UserRowFieldsFragment, active: boolean) => {
      const variables = { userId: user.id, version: user.version };
      try {
        await (active ? reactivateMutation({ variables }) : deactivateMutation({ variables }));
        notify({
          tone: 'success',
          message: active
            ? t('users.actions.done.reactivated', { user: user.email })
            : t('users.actions.done.deactivated', { user: user.email }),
        });
      } catch (caught) {
        const error = toErrorLike(caught);
        switch (apiErrorCode(error)) {
          case 'CONFLICT':
            fail(error, t('users.actions.errors.stale', { user: user.email }));
            reloadUsers();
            break;
          case 'BAD_USER_INPUT':
            fail(error, t('users.actions.errors.selfDeactivate'));
            break;
          default:
            fail(error);
        }
      }
    },
    [deactivateMutation, fail, notify, reactivateMutation, reloadUsers, t],
  );

  const endSessions = useCallback(
    async (user: UserRowFieldsFragment) => {
      try {
        const result = await revokeSessionsMutation({ variables: { userId: user.id } });
        notify({
          tone: 'success',
          message: t('users.actions.done.sessionsEnded', {
            user: user.email,
            sessions: result.data?.revokeSessions ?? 0,
          }),
        });
        // Ending one's own sessions includes this one: the reload then leads to the sign-in page.
        reloadUsers();
      } catch (caught) {
        fail(toErrorLike(caught));
      }
    },
    [fail, notify, reloadUsers, revokeSessionsMutation, t],
  );

  const busy = [revokeState, deactivateState, reactivateState, sessionsState].some(
    state => state.loading,
  );

  return useMemo<UserActions>(
    () => ({
      revokeRole: (user, grant) => void revokeRole(user, grant),
      setActive: (user, active) => void setActive(user, active),
      endSessions: user => void endSessions(user),
      notify,
      busy,
    }),
    [busy, endSessions, notify, revokeRole, setActive],
  );
}
