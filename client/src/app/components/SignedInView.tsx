import { AuditPage } from '../../audit/components/AuditPage';
import { isAdmin } from '../../auth/utils/role-grant';
import type { MeQuery } from '../../gql/graphql';
import { ProgrammePage } from '../../programme/components/ProgrammePage';
import { ReleasesPage } from '../../release/components/ReleasesPage';
import { UsersPage } from '../../user/components/UsersPage';
import { useAppView } from '../hooks/useAppView';

export type SignedInViewProps = {
  me: NonNullable<MeQuery['me']>;
};

/** The screen chosen in `?view=`, among those the user's roles allow. */
export function SignedInView({ me }: SignedInViewProps) {
  const [view] = useAppView(isAdmin(me.roles));
  switch (view) {
    case 'admin-users':
      return <UsersPage currentUserId={me.id} />;
    case 'audit':
      return <AuditPage />;
    case 'releases':
      return <ReleasesPage />;
    case 'programmes':
      return <ProgrammePage />;
  }
}
