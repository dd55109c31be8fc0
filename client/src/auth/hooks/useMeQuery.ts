import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../graphql/auth.graphql';

/** Who is signed in: `me: null` when nobody is. */
export const useMeQuery = () => useQuery(MeQuery);
