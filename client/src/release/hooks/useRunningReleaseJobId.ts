import { useQuery } from '@apollo/client/react';
import { LatestReleaseJobQuery } from '../graphql/release.graphql';
import { isUnfinished } from '../utils/release-outcome';

/** The id of a release still running when the page opens (started earlier or by another admin). */
export function useRunningReleaseJobId(): string | null {
  const { data } = useQuery(LatestReleaseJobQuery, { fetchPolicy: 'network-only' });
  const newest = data?.releaseJobs[0];
  return newest && isUnfinished(newest) ? newest.id : null;
}
