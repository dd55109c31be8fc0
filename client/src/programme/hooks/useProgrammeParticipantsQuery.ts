import { useQuery } from '@apollo/client/react';
import { ProgrammeParticipantsQuery } from '../graphql/programme.graphql';

export const useProgrammeParticipantsQuery = (programmeId: string) =>
  useQuery(ProgrammeParticipantsQuery, { variables: { id: programmeId } });
