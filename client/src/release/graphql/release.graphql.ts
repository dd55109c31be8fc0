import { graphql } from '../../gql';

export const CycleReleaseFields = graphql(`
  fragment CycleReleaseFields on CycleRelease {
    cycleYear
    releasedAt
    offices
  }
`);

export const CycleReleasesQuery = graphql(`
  query CycleReleases {
    cycleReleases {
      ...CycleReleaseFields
    }
  }
`);

export const ReleaseCycleMutation = graphql(`
  mutation ReleaseCycle($cycleYear: Int!) {
    releaseCycle(cycleYear: $cycleYear) {
      ...CycleReleaseFields
    }
  }
`);
