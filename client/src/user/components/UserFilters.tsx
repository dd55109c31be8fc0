import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../gql/graphql';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { USER_STATUSES } from '../utils/user-status';

export type UserFiltersProps = {
  search: string;
  status: UserStatus | '';
  onSearchChange: (search: string) => void;
  onStatusChange: (status: UserStatus | '') => void;
};

/** Search as you type (debounced by the caller) and a status filter. */
export function UserFilters({ search, status, onSearchChange, onStatusChange }: UserFiltersProps) {
  const { t } = useTranslation();
  return (
    <form
      className="toolbar"
      role="search"
      aria-label={t('users.list.filtersLabel')}
      onSubmit={(event: FormEvent) => event.preventDefault()}
    >
      <TextField
        label={t('users.list.search')}
        type="search"
        value={search}
        onChange={onSearchChange}
        testId="users-search"
      />
      <SelectField
        label={t('users.list.status')}
        value={status}
        options={[
          { value: '', label: t('users.list.statusAll') },
          ...USER_STATUSES.map(value => ({ value, label: t(`userStatus.${value}`) })),
        ]}
        onChange={value => onStatusChange(value as UserStatus | '')}
        testId="users-status"
      />
    </form>
  );
}
