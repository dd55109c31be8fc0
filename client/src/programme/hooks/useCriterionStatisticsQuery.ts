import { skipToken, useQuery } from '@apollo/client/react';
import { ProgrammeCriterionStatisticsQuery } from '../graphql/programme.graphql';

/** Skipped until a cycle is known: a programme with no released cycle has none. */
export const useCriterionStatisticsQuery = (programmeId: string, cycleYear: number | undefined) =>
  useQuery(
    ProgrammeCriterionStatisticsQuery,
    cycleYear === undefined ? skipToken : { variables: { id: programmeId, cycleYear } },
  );
