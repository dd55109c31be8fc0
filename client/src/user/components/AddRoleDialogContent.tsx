import { LoadingPanel } from '../../ui/LoadingPanel';
import { useRoleScopeOptionsQuery } from '../hooks/useRoleScopeOptionsQuery';
import type { AddedRole } from '../utils/role-form';
import { AddRoleForm } from './AddRoleForm';

export type AddRoleDialogContentProps = {
  userId: string;
  onAdded: (added: AddedRole) => void;
  onCancel: () => void;
};

/** Mounted only while the dialog is open: the table's rows do not each watch the query. */
export function AddRoleDialogContent({ userId, onAdded, onCancel }: AddRoleDialogContentProps) {
  const { data, loading, error, refetch } = useRoleScopeOptionsQuery();
  return (
    <LoadingPanel
      data={data}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => undefined)}
    >
      {options => (
        <AddRoleForm userId={userId} options={options} onAdded={onAdded} onCancel={onCancel} />
      )}
    </LoadingPanel>
  );
}
