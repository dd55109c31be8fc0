import { graphql } from '../../gql';

export const ProgrammeListQuery = graphql(`
  query ProgrammeList {
    programmes {
      id
      code
      name
    }
  }
`);

export const ProgrammeOverviewQuery = graphql(`
  query ProgrammeOverview($id: ID!) {
    programme(id: $id) {
      id
      assessmentCycles
      ...ProgrammeHeaderFields
    }
  }
`);

export const ProgrammeParticipantsQuery = graphql(`
  query ProgrammeParticipants($id: ID!) {
    programme(id: $id) {
      id
      participants {
        ...ParticipantFields
      }
    }
  }
`);

export const ProgrammeCriterionStatisticsQuery = graphql(`
  query ProgrammeCriterionStatistics($id: ID!, $cycleYear: Int!) {
    programme(id: $id) {
      id
      criterionStatistics(cycleYear: $cycleYear) {
        cycleYear
        minGroupSize
        cafVersions
        caveat
        syntheticData
        criteria {
          criterionNumber
          kind
          name {
            pl
            en
          }
          n
          mean
          meanError {
            typical
            max
          }
          suppressed
        }
      }
    }
  }
`);
