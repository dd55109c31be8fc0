import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';
import { LoadingPanel } from '../../ui/LoadingPanel';
import { Pagination } from '../../ui/Pagination';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useUserActions } from '../hooks/useUserActions';
import { useUsersQuery } from '../hooks/useUsersQuery';
import type { Feedback } from '../utils/feedback';
import { UserFilters } from './UserFilters';
import { UsersTable } from './UsersTable';

const PAGE_SIZE = 20;

export type UsersPanelProps = {
  currentUserId: string;
};

export function UsersPanel({ currentUserId }: UsersPanelProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<UserStatus | ''>('');
  const [skip, setSkip] = useState(0);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const searchTerm = useDebouncedValue(search.trim());
  const { data, previousData, loading, error, refetch } = useUsersQuery(skip, PAGE_SIZE, {
    search: searchTerm || undefined,
    status: status || undefined,
  });
  // The previous page stays visible while the next one loads, instead of a flashing spinner.
  const page = (data ?? previousData)?.users;
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const actions = useUserActions(setFeedback, reload);

  return (
    <Card headingId="users-list-heading" title={t('users.list.heading')}>
      <UserFilters
        search={search}
        status={status}
        onSearchChange={value => {
          setSearch(value);
          setSkip(0);
        }}
        onStatusChange={value => {
          setStatus(value);
          setSkip(0);
        }}
      />
      {feedback && (
        <Alert tone={feedback.tone} testId="users-feedback">
          {feedback.message}
        </Alert>
      )}
      <LoadingPanel
        data={page}
        loading={loading}
        error={error}
        onRetry={reload}
        isEmpty={loaded => loaded.items.length === 0}
        emptyMessage={t('users.list.empty')}
      >
        {loaded => (
          <>
            <UsersTable
              users={loaded.items}
              totalItems={loaded.totalItems}
              currentUserId={currentUserId}
              actions={actions}
              busy={loading}
            />
            <Pagination
              skip={skip}
              take={PAGE_SIZE}
              totalItems={loaded.totalItems}
              onChange={setSkip}
            />
          </>
        )}
      </LoadingPanel>
    </Card>
  );
}
