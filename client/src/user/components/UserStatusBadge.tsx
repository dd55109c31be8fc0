import { useTranslation } from 'react-i18next';
import type { UserStatus } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { USER_STATUS_TONES } from '../utils/user-status';

export type UserStatusBadgeProps = {
  status: UserStatus;
};

export function UserStatusBadge({ status }: UserStatusBadgeProps) {
  const { t } = useTranslation();
  return <Badge tone={USER_STATUS_TONES[status]}>{t(`userStatus.${status}`)}</Badge>;
}
