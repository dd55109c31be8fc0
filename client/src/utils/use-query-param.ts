import { useCallback, useSyncExternalStore } from 'react';

// pushState/replaceState fire no event, so our own writes announce themselves with this one.
const LOCATION_CHANGE = 'caf:locationchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(LOCATION_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(LOCATION_CHANGE, onChange);
  };
}

/** `null` removes the parameter (e.g. a used one-time token). */
export type SetQueryParam = (value: string | null, options?: { replace?: boolean }) => void;

/** One query-string parameter as state: shareable links and working back/forward, no router. */
export function useQueryParam(name: string): [string | null, SetQueryParam] {
  const value = useSyncExternalStore(subscribe, () =>
    new URLSearchParams(window.location.search).get(name),
  );
  const setValue = useCallback<SetQueryParam>(
    (next, options) => {
      const url = new URL(window.location.href);
      if (url.searchParams.get(name) === next) {
        return;
      }
      if (next === null) {
        url.searchParams.delete(name);
      } else {
        url.searchParams.set(name, next);
      }
      if (options?.replace) {
        window.history.replaceState(window.history.state, '', url);
      } else {
        window.history.pushState(window.history.state, '', url);
      }
      window.dispatchEvent(new Event(LOCATION_CHANGE));
    },
    [name],
  );
  return [value, setValue];
}
