import type { UserStatus } from '../../gql/graphql';
import type { BadgeTone } from '../../ui/Badge';

export const USER_STATUSES: readonly UserStatus[] = ['ACTIVE', 'INVITED', 'DEACTIVATED'];

export const USER_STATUS_TONES: Record<UserStatus, BadgeTone> = {
  ACTIVE: 'success',
  INVITED: 'info',
  DEACTIVATED: 'neutral',
};

/** A lock from failed sign-ins matters only while it lasts. */
export const isLocked = (lockedUntil: string | null | undefined, now = Date.now()): boolean =>
  lockedUntil !== null && lockedUntil !== undefined && new Date(lockedUntil).getTime() > now;
