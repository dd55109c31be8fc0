import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CycleReleaseFieldsFragment } from '../../gql/graphql';
import { toErrorLike } from '../../ui/error-message';
import { CycleReleasesQuery, ReleaseCycleMutation } from '../graphql/release.graphql';

export type ReleaseResult =
  { ok: true; release: CycleReleaseFieldsFragment } | { ok: false; error: ErrorLike };

/** Publishes (freezes) a cycle, then reloads the list of releases. */
export function useReleaseCycle() {
  const [mutate, { loading }] = useMutation(ReleaseCycleMutation, {
    refetchQueries: [CycleReleasesQuery],
    awaitRefetchQueries: true,
    update: cache => {
      // A released cycle changes every programme's cycle list and statistics: load them afresh.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'programme' });
      cache.gc();
    },
  });
  const release = useCallback(
    async (cycleYear: number): Promise<ReleaseResult> => {
      try {
        const result = await mutate({ variables: { cycleYear } });
        const released = result.data?.releaseCycle;
        return released
          ? { ok: true, release: released }
          : { ok: false, error: new Error('releaseCycle returned no data') };
      } catch (caught) {
        return { ok: false, error: toErrorLike(caught) };
      }
    },
    [mutate],
  );
  return { release, loading };
}
