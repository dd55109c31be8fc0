import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ReleaseJobFieldsFragment } from '../../gql/graphql';
import { toErrorLike } from '../../ui/error-message';
import { ReleaseCycleMutation } from '../graphql/release.graphql';

export type ReleaseStart =
  { ok: true; job: ReleaseJobFieldsFragment } | { ok: false; error: ErrorLike };

/** Starts publishing a cycle; the server answers at once with the job that does it. */
export function useReleaseCycle() {
  const [mutate, { loading }] = useMutation(ReleaseCycleMutation);
  const start = useCallback(
    async (cycleYear: number): Promise<ReleaseStart> => {
      try {
        const job = (await mutate({ variables: { cycleYear } })).data?.releaseCycle;
        return job
          ? { ok: true, job }
          : { ok: false, error: new Error('releaseCycle returned no data') };
      } catch (caught) {
        return { ok: false, error: toErrorLike(caught) };
      }
    },
    [mutate],
  );
  return { start, loading };
}
