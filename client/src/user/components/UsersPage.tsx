import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { useDocumentTitle } from '../../ui/use-document-title';
import { InviteUserPanel } from './InviteUserPanel';
import { UsersPanel } from './UsersPanel';

export type UsersPageProps = {
  /** The signed-in admin, marked in the list and spared the "deactivate" button. */
  currentUserId: string;
};

/** Admins only: invite people, grant and revoke roles, deactivate accounts, end sessions. */
export function UsersPage({ currentUserId }: UsersPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('users.heading'));
  return (
    <>
      <PageHeader title={t('users.heading')} lead={t('users.lead')} />
      <InviteUserPanel />
      <UsersPanel currentUserId={currentUserId} />
    </>
  );
}
