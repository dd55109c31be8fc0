import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import type { ReleaseJobFieldsFragment } from '../../gql/graphql';
import { CycleReleasesQuery, ReleaseJobQuery } from '../graphql/release.graphql';
import { isUnfinished } from '../utils/release-outcome';

/** How often a running job is asked about; the release itself may take minutes. */
export const RELEASE_POLL_MS = 1000;

/**
 * Follows a release job: polled every second while it is unfinished. Once it has published
 * something, the list of releases and every programme's cycles and statistics are loaded afresh.
 */
export function useReleaseJob(id: string | null) {
  const client = useApolloClient();
  const { data, error, startPolling, stopPolling } = useQuery(ReleaseJobQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    notifyOnNetworkStatusChange: false,
  });
  const job: ReleaseJobFieldsFragment | undefined = data?.releaseJob;
  const running = job ? isUnfinished(job) : Boolean(id);
  const published = job?.status === 'SUCCEEDED' && job.step === 'RELEASED';

  useEffect(() => {
    if (!id || !running) {
      return undefined;
    }
    startPolling(RELEASE_POLL_MS);
    return () => stopPolling();
  }, [id, running, startPolling, stopPolling]);

  useEffect(() => {
    if (published) {
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'programme' });
      client.cache.gc();
      void client.refetchQueries({ include: [CycleReleasesQuery] }).catch(() => undefined);
    }
  }, [client, published]);

  return { job, error };
}
