import { useSyncExternalStore } from 'react';
import { getSessionEndedNotice, subscribeSessionEndedNotice } from '../utils/session-notice';

/** True after an expired or revoked session sent the user back to the sign-in page. */
export const useSessionEndedNotice = (): boolean =>
  useSyncExternalStore(subscribeSessionEndedNotice, getSessionEndedNotice);
