import { useQuery } from '@apollo/client/react';
import { AppInfoQuery } from '../graphql/app.graphql';

export const useAppInfoQuery = () => useQuery(AppInfoQuery);
