/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppInfo {\n    appInfo {\n      syntheticData\n    }\n  }\n": typeof types.AppInfoDocument,
    "\n  query AuditLog($skip: Int!, $take: Int!, $filter: AuditLogFilter) {\n    auditLog(skip: $skip, take: $take, filter: $filter) {\n      totalItems\n      items {\n        id\n        occurredAt\n        actorEmail\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles {\n        ...RoleGrantFields\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment RoleGrantFields on RoleGrant {\n    id\n    role\n    programmeId\n    officeId\n    programme {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n  }\n": typeof types.RoleGrantFieldsFragmentDoc,
    "\n  fragment ProgrammeHeaderFields on Programme {\n    name\n    description\n    startsOn\n    endsOn\n    fundingSource\n    minGroupSize\n  }\n": typeof types.ProgrammeHeaderFieldsFragmentDoc,
    "\n  query ProgrammeList {\n    programmes {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ProgrammeListDocument,
    "\n  query ProgrammeOverview($id: ID!) {\n    programme(id: $id) {\n      id\n      assessmentCycles\n      ...ProgrammeHeaderFields\n    }\n  }\n": typeof types.ProgrammeOverviewDocument,
    "\n  query ProgrammeParticipants($id: ID!) {\n    programme(id: $id) {\n      id\n      participants {\n        ...ParticipantFields\n      }\n    }\n  }\n": typeof types.ProgrammeParticipantsDocument,
    "\n  query ProgrammeCriterionStatistics($id: ID!, $cycleYear: Int!) {\n    programme(id: $id) {\n      id\n      criterionStatistics(cycleYear: $cycleYear) {\n        cycleYear\n        minGroupSize\n        cafVersions\n        caveat\n        syntheticData\n        criteria {\n          criterionNumber\n          kind\n          name {\n            pl\n            en\n          }\n          n\n          mean\n          meanError {\n            typical\n            max\n          }\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeCriterionStatisticsDocument,
    "\n  fragment ParticipantFields on Participation {\n    id\n    role\n    joinedOn\n    office {\n      id\n      name\n      jstType\n      teryt\n      population\n      voivodeship {\n        code\n        name {\n          pl\n          en\n        }\n      }\n      isoStatus {\n        status\n        standard\n        polishStandard\n        validUntil\n      }\n      cafLabel {\n        status\n        validUntil\n      }\n    }\n  }\n": typeof types.ParticipantFieldsFragmentDoc,
    "\n  fragment CycleReleaseFields on CycleRelease {\n    cycleYear\n    releasedAt\n    offices\n  }\n": typeof types.CycleReleaseFieldsFragmentDoc,
    "\n  query CycleReleases {\n    cycleReleases {\n      ...CycleReleaseFields\n    }\n  }\n": typeof types.CycleReleasesDocument,
    "\n  fragment ReleaseJobFields on ReleaseJob {\n    id\n    cycleYear\n    status\n    step\n    progress\n    offices\n    error\n  }\n": typeof types.ReleaseJobFieldsFragmentDoc,
    "\n  mutation ReleaseCycle($cycleYear: Int!) {\n    releaseCycle(cycleYear: $cycleYear) {\n      ...ReleaseJobFields\n    }\n  }\n": typeof types.ReleaseCycleDocument,
    "\n  query ReleaseJob($id: ID!) {\n    releaseJob(id: $id) {\n      ...ReleaseJobFields\n    }\n  }\n": typeof types.ReleaseJobDocument,
    "\n  query LatestReleaseJob {\n    releaseJobs {\n      ...ReleaseJobFields\n    }\n  }\n": typeof types.LatestReleaseJobDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    status\n    lastLoginAt\n    lockedUntil\n    version\n    roles {\n      ...RoleGrantFields\n    }\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users($skip: Int!, $take: Int!, $filter: UserFilter) {\n    users(skip: $skip, take: $take, filter: $filter) {\n      totalItems\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query RoleScopeOptions {\n    programmes {\n      id\n      name\n    }\n    offices(take: 100) {\n      totalItems\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RoleScopeOptionsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      ...UserRowFields\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation DeactivateUser($userId: ID!, $version: Int!) {\n    deactivateUser(userId: $userId, version: $version) {\n      ...UserRowFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!, $version: Int!) {\n    reactivateUser(userId: $userId, version: $version) {\n      ...UserRowFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation RevokeSessions($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n": typeof types.RevokeSessionsDocument,
};
const documents: Documents = {
    "\n  query AppInfo {\n    appInfo {\n      syntheticData\n    }\n  }\n": types.AppInfoDocument,
    "\n  query AuditLog($skip: Int!, $take: Int!, $filter: AuditLogFilter) {\n    auditLog(skip: $skip, take: $take, filter: $filter) {\n      totalItems\n      items {\n        id\n        occurredAt\n        actorEmail\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles {\n        ...RoleGrantFields\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment RoleGrantFields on RoleGrant {\n    id\n    role\n    programmeId\n    officeId\n    programme {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n  }\n": types.RoleGrantFieldsFragmentDoc,
    "\n  fragment ProgrammeHeaderFields on Programme {\n    name\n    description\n    startsOn\n    endsOn\n    fundingSource\n    minGroupSize\n  }\n": types.ProgrammeHeaderFieldsFragmentDoc,
    "\n  query ProgrammeList {\n    programmes {\n      id\n      code\n      name\n    }\n  }\n": types.ProgrammeListDocument,
    "\n  query ProgrammeOverview($id: ID!) {\n    programme(id: $id) {\n      id\n      assessmentCycles\n      ...ProgrammeHeaderFields\n    }\n  }\n": types.ProgrammeOverviewDocument,
    "\n  query ProgrammeParticipants($id: ID!) {\n    programme(id: $id) {\n      id\n      participants {\n        ...ParticipantFields\n      }\n    }\n  }\n": types.ProgrammeParticipantsDocument,
    "\n  query ProgrammeCriterionStatistics($id: ID!, $cycleYear: Int!) {\n    programme(id: $id) {\n      id\n      criterionStatistics(cycleYear: $cycleYear) {\n        cycleYear\n        minGroupSize\n        cafVersions\n        caveat\n        syntheticData\n        criteria {\n          criterionNumber\n          kind\n          name {\n            pl\n            en\n          }\n          n\n          mean\n          meanError {\n            typical\n            max\n          }\n          suppressed\n        }\n      }\n    }\n  }\n": types.ProgrammeCriterionStatisticsDocument,
    "\n  fragment ParticipantFields on Participation {\n    id\n    role\n    joinedOn\n    office {\n      id\n      name\n      jstType\n      teryt\n      population\n      voivodeship {\n        code\n        name {\n          pl\n          en\n        }\n      }\n      isoStatus {\n        status\n        standard\n        polishStandard\n        validUntil\n      }\n      cafLabel {\n        status\n        validUntil\n      }\n    }\n  }\n": types.ParticipantFieldsFragmentDoc,
    "\n  fragment CycleReleaseFields on CycleRelease {\n    cycleYear\n    releasedAt\n    offices\n  }\n": types.CycleReleaseFieldsFragmentDoc,
    "\n  query CycleReleases {\n    cycleReleases {\n      ...CycleReleaseFields\n    }\n  }\n": types.CycleReleasesDocument,
    "\n  fragment ReleaseJobFields on ReleaseJob {\n    id\n    cycleYear\n    status\n    step\n    progress\n    offices\n    error\n  }\n": types.ReleaseJobFieldsFragmentDoc,
    "\n  mutation ReleaseCycle($cycleYear: Int!) {\n    releaseCycle(cycleYear: $cycleYear) {\n      ...ReleaseJobFields\n    }\n  }\n": types.ReleaseCycleDocument,
    "\n  query ReleaseJob($id: ID!) {\n    releaseJob(id: $id) {\n      ...ReleaseJobFields\n    }\n  }\n": types.ReleaseJobDocument,
    "\n  query LatestReleaseJob {\n    releaseJobs {\n      ...ReleaseJobFields\n    }\n  }\n": types.LatestReleaseJobDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    status\n    lastLoginAt\n    lockedUntil\n    version\n    roles {\n      ...RoleGrantFields\n    }\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query Users($skip: Int!, $take: Int!, $filter: UserFilter) {\n    users(skip: $skip, take: $take, filter: $filter) {\n      totalItems\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query RoleScopeOptions {\n    programmes {\n      id\n      name\n    }\n    offices(take: 100) {\n      totalItems\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.RoleScopeOptionsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      ...UserRowFields\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation DeactivateUser($userId: ID!, $version: Int!) {\n    deactivateUser(userId: $userId, version: $version) {\n      ...UserRowFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!, $version: Int!) {\n    reactivateUser(userId: $userId, version: $version) {\n      ...UserRowFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation RevokeSessions($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n": types.RevokeSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppInfo {\n    appInfo {\n      syntheticData\n    }\n  }\n"): (typeof documents)["\n  query AppInfo {\n    appInfo {\n      syntheticData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($skip: Int!, $take: Int!, $filter: AuditLogFilter) {\n    auditLog(skip: $skip, take: $take, filter: $filter) {\n      totalItems\n      items {\n        id\n        occurredAt\n        actorEmail\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($skip: Int!, $take: Int!, $filter: AuditLogFilter) {\n    auditLog(skip: $skip, take: $take, filter: $filter) {\n      totalItems\n      items {\n        id\n        occurredAt\n        actorEmail\n        action\n        entityType\n        entityId\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles {\n        ...RoleGrantFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles {\n        ...RoleGrantFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleGrantFields on RoleGrant {\n    id\n    role\n    programmeId\n    officeId\n    programme {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RoleGrantFields on RoleGrant {\n    id\n    role\n    programmeId\n    officeId\n    programme {\n      id\n      name\n    }\n    office {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeHeaderFields on Programme {\n    name\n    description\n    startsOn\n    endsOn\n    fundingSource\n    minGroupSize\n  }\n"): (typeof documents)["\n  fragment ProgrammeHeaderFields on Programme {\n    name\n    description\n    startsOn\n    endsOn\n    fundingSource\n    minGroupSize\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeList {\n    programmes {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeList {\n    programmes {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeOverview($id: ID!) {\n    programme(id: $id) {\n      id\n      assessmentCycles\n      ...ProgrammeHeaderFields\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeOverview($id: ID!) {\n    programme(id: $id) {\n      id\n      assessmentCycles\n      ...ProgrammeHeaderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeParticipants($id: ID!) {\n    programme(id: $id) {\n      id\n      participants {\n        ...ParticipantFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeParticipants($id: ID!) {\n    programme(id: $id) {\n      id\n      participants {\n        ...ParticipantFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeCriterionStatistics($id: ID!, $cycleYear: Int!) {\n    programme(id: $id) {\n      id\n      criterionStatistics(cycleYear: $cycleYear) {\n        cycleYear\n        minGroupSize\n        cafVersions\n        caveat\n        syntheticData\n        criteria {\n          criterionNumber\n          kind\n          name {\n            pl\n            en\n          }\n          n\n          mean\n          meanError {\n            typical\n            max\n          }\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeCriterionStatistics($id: ID!, $cycleYear: Int!) {\n    programme(id: $id) {\n      id\n      criterionStatistics(cycleYear: $cycleYear) {\n        cycleYear\n        minGroupSize\n        cafVersions\n        caveat\n        syntheticData\n        criteria {\n          criterionNumber\n          kind\n          name {\n            pl\n            en\n          }\n          n\n          mean\n          meanError {\n            typical\n            max\n          }\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantFields on Participation {\n    id\n    role\n    joinedOn\n    office {\n      id\n      name\n      jstType\n      teryt\n      population\n      voivodeship {\n        code\n        name {\n          pl\n          en\n        }\n      }\n      isoStatus {\n        status\n        standard\n        polishStandard\n        validUntil\n      }\n      cafLabel {\n        status\n        validUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantFields on Participation {\n    id\n    role\n    joinedOn\n    office {\n      id\n      name\n      jstType\n      teryt\n      population\n      voivodeship {\n        code\n        name {\n          pl\n          en\n        }\n      }\n      isoStatus {\n        status\n        standard\n        polishStandard\n        validUntil\n      }\n      cafLabel {\n        status\n        validUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleReleaseFields on CycleRelease {\n    cycleYear\n    releasedAt\n    offices\n  }\n"): (typeof documents)["\n  fragment CycleReleaseFields on CycleRelease {\n    cycleYear\n    releasedAt\n    offices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleReleases {\n    cycleReleases {\n      ...CycleReleaseFields\n    }\n  }\n"): (typeof documents)["\n  query CycleReleases {\n    cycleReleases {\n      ...CycleReleaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleaseJobFields on ReleaseJob {\n    id\n    cycleYear\n    status\n    step\n    progress\n    offices\n    error\n  }\n"): (typeof documents)["\n  fragment ReleaseJobFields on ReleaseJob {\n    id\n    cycleYear\n    status\n    step\n    progress\n    offices\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseCycle($cycleYear: Int!) {\n    releaseCycle(cycleYear: $cycleYear) {\n      ...ReleaseJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseCycle($cycleYear: Int!) {\n    releaseCycle(cycleYear: $cycleYear) {\n      ...ReleaseJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseJob($id: ID!) {\n    releaseJob(id: $id) {\n      ...ReleaseJobFields\n    }\n  }\n"): (typeof documents)["\n  query ReleaseJob($id: ID!) {\n    releaseJob(id: $id) {\n      ...ReleaseJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestReleaseJob {\n    releaseJobs {\n      ...ReleaseJobFields\n    }\n  }\n"): (typeof documents)["\n  query LatestReleaseJob {\n    releaseJobs {\n      ...ReleaseJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    status\n    lastLoginAt\n    lockedUntil\n    version\n    roles {\n      ...RoleGrantFields\n    }\n  }\n"): (typeof documents)["\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    status\n    lastLoginAt\n    lockedUntil\n    version\n    roles {\n      ...RoleGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($skip: Int!, $take: Int!, $filter: UserFilter) {\n    users(skip: $skip, take: $take, filter: $filter) {\n      totalItems\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($skip: Int!, $take: Int!, $filter: UserFilter) {\n    users(skip: $skip, take: $take, filter: $filter) {\n      totalItems\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleScopeOptions {\n    programmes {\n      id\n      name\n    }\n    offices(take: 100) {\n      totalItems\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleScopeOptions {\n    programmes {\n      id\n      name\n    }\n    offices(take: 100) {\n      totalItems\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...UserRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!, $version: Int!) {\n    deactivateUser(userId: $userId, version: $version) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!, $version: Int!) {\n    deactivateUser(userId: $userId, version: $version) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!, $version: Int!) {\n    reactivateUser(userId: $userId, version: $version) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($userId: ID!, $version: Int!) {\n    reactivateUser(userId: $userId, version: $version) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSessions($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RevokeSessions($userId: ID!) {\n    revokeSessions(userId: $userId)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;