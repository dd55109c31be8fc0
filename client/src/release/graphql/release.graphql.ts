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

export const ReleaseJobFields = graphql(`
  fragment ReleaseJobFields on ReleaseJob {
    id
    cycleYear
    status
    step
    progress
    offices
    error
  }
`);

export const ReleaseCycleMutation = graphql(`
  mutation ReleaseCycle($cycleYear: Int!) {
    releaseCycle(cycleYear: $cycleYear) {
      ...ReleaseJobFields
    }
  }
`);

export const ReleaseJobQuery = graphql(`
  query ReleaseJob($id: ID!) {
    releaseJob(id: $id) {
      ...ReleaseJobFields
    }
  }
`);

/** The newest job, to follow one still running when the page is opened again. */
export const LatestReleaseJobQuery = graphql(`
  query LatestReleaseJob {
    releaseJobs {
      ...ReleaseJobFields
    }
  }
`);
