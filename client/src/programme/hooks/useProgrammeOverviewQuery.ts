import { useQuery } from '@apollo/client/react';
import { ProgrammeOverviewQuery } from '../graphql/programme.graphql';

export const useProgrammeOverviewQuery = (programmeId: string) =>
  useQuery(ProgrammeOverviewQuery, { variables: { id: programmeId } });
