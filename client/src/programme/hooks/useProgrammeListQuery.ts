import { useQuery } from '@apollo/client/react';
import { ProgrammeListQuery } from '../graphql/programme.graphql';

export const useProgrammeListQuery = () => useQuery(ProgrammeListQuery);
