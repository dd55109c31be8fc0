import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/Card';
import { LoadingPanel } from '../../ui/LoadingPanel';
import type { Invitation } from '../hooks/useInviteUser';
import { useRoleScopeOptionsQuery } from '../hooks/useRoleScopeOptionsQuery';
import { InvitationLink } from './InvitationLink';
import { InviteUserForm } from './InviteUserForm';

export function InviteUserPanel() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useRoleScopeOptionsQuery();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  return (
    <Card headingId="invite-heading" title={t('users.invite.heading')}>
      <p className="card__lead">{t('users.invite.lead')}</p>
      <LoadingPanel
        data={data}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
      >
        {options => <InviteUserForm options={options} onInvited={setInvitation} />}
      </LoadingPanel>
      {/* Keyed: a second invitation replaces the first link and takes focus again. */}
      {invitation && <InvitationLink key={invitation.invitationUrl} invitation={invitation} />}
    </Card>
  );
}
