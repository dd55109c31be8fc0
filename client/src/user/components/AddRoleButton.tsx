import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../../auth/utils/role-grant';
import type { UserRowFieldsFragment } from '../../gql/graphql';
import { Dialog } from '../../ui/Dialog';
import type { UserActions } from '../hooks/useUserActions';
import { AddRoleDialogContent } from './AddRoleDialogContent';

export type AddRoleButtonProps = {
  user: UserRowFieldsFragment;
  notify: UserActions['notify'];
  disabled: boolean;
};

/** Opens a dialog to grant one more role: role, then programme or office as the role needs. */
export function AddRoleButton({ user, notify, disabled }: AddRoleButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => setOpen(true)}
        aria-label={t('users.roles.addLabel', { user: user.email })}
        disabled={disabled}
        data-testid="add-role"
      >
        {t('users.roles.add')}
      </button>
      <Dialog
        open={open}
        title={t('users.roles.addTitle', { user: user.email })}
        onClose={() => setOpen(false)}
        testId="add-role-dialog"
      >
        <AddRoleDialogContent
          userId={user.id}
          onCancel={() => setOpen(false)}
          onAdded={({ role, scope }) => {
            setOpen(false);
            notify({
              tone: 'success',
              message: t('users.actions.done.roleAssigned', {
                role: roleLabel(role, scope, t),
                user: user.email,
              }),
            });
          }}
        />
      </Dialog>
    </>
  );
}
