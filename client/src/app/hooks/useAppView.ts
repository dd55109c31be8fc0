import { useCallback } from 'react';
import { useQueryParam } from '../../utils/use-query-param';
import { type AppView, visibleView } from '../utils/app-view';

/** The current screen (`?view=`) as this user may see it, and a way to switch screens. */
export function useAppView(admin: boolean): [AppView, (view: AppView) => void] {
  const [requested, setRequested] = useQueryParam('view');
  const setView = useCallback(
    (view: AppView) => setRequested(view === 'programmes' ? null : view),
    [setRequested],
  );
  return [visibleView(requested, admin), setView];
}
