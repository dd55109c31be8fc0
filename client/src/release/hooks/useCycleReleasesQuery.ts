import { useQuery } from '@apollo/client/react';
import { CycleReleasesQuery } from '../graphql/release.graphql';

/** Released cycles, newest first; cached, so the form and the table share one request. */
export const useCycleReleasesQuery = () => useQuery(CycleReleasesQuery);
