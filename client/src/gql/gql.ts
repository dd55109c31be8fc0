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
    "\n  fragment ProgrammeHeaderFields on Programme {\n    name\n    description\n    startsOn\n    endsOn\n    fundingSource\n    minGroupSize\n  }\n": typeof types.ProgrammeHeaderFieldsFragmentDoc,
    "\n  query ProgrammeList {\n    programmes {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ProgrammeListDocument,
    "\n  query ProgrammeOverview($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      assessmentCycles\n      ...ProgrammeHeaderFields\n    }\n  }\n": typeof types.ProgrammeOverviewDocument,
    "\n  query ProgrammeParticipants($id: ID!) {\n    programme(id: $id) {\n      id\n      participants {\n        ...ParticipantFields\n      }\n    }\n  }\n": typeof types.ProgrammeParticipantsDocument,
    "\n  query ProgrammeCriterionStatistics($id: ID!, $cycleYear: Int!) {\n    programme(id: $id) {\n      id\n      criterionStatistics(cycleYear: $cycleYear) {\n        cycleYear\n        minGroupSize\n        cafVersions\n        caveat\n        syntheticData\n        criteria {\n          criterionNumber\n          kind\n          name {\n            pl\n            en\n          }\n          n\n          mean\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeCriterionStatisticsDocument,
    "\n  fragment ParticipantFields on Participation {\n    id\n    role\n    joinedOn\n    office {\n      id\n      name\n      jstType\n      teryt\n      population\n      voivodeship {\n        code\n        name {\n          pl\n          en\n        }\n      }\n      isoStatus {\n        status\n        standard\n        polishStandard\n        validUntil\n      }\n      cafLabel {\n        status\n        validUntil\n      }\n    }\n  }\n": typeof types.ParticipantFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query AppInfo {\n    appInfo {\n      syntheticData\n    }\n  }\n": types.AppInfoDocument,
    "\n  fragment ProgrammeHeaderFields on Programme {\n    name\n    description\n    startsOn\n    endsOn\n    fundingSource\n    minGroupSize\n  }\n": types.ProgrammeHeaderFieldsFragmentDoc,
    "\n  query ProgrammeList {\n    programmes {\n      id\n      code\n      name\n    }\n  }\n": types.ProgrammeListDocument,
    "\n  query ProgrammeOverview($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      assessmentCycles\n      ...ProgrammeHeaderFields\n    }\n  }\n": types.ProgrammeOverviewDocument,
    "\n  query ProgrammeParticipants($id: ID!) {\n    programme(id: $id) {\n      id\n      participants {\n        ...ParticipantFields\n      }\n    }\n  }\n": types.ProgrammeParticipantsDocument,
    "\n  query ProgrammeCriterionStatistics($id: ID!, $cycleYear: Int!) {\n    programme(id: $id) {\n      id\n      criterionStatistics(cycleYear: $cycleYear) {\n        cycleYear\n        minGroupSize\n        cafVersions\n        caveat\n        syntheticData\n        criteria {\n          criterionNumber\n          kind\n          name {\n            pl\n            en\n          }\n          n\n          mean\n          suppressed\n        }\n      }\n    }\n  }\n": types.ProgrammeCriterionStatisticsDocument,
    "\n  fragment ParticipantFields on Participation {\n    id\n    role\n    joinedOn\n    office {\n      id\n      name\n      jstType\n      teryt\n      population\n      voivodeship {\n        code\n        name {\n          pl\n          en\n        }\n      }\n      isoStatus {\n        status\n        standard\n        polishStandard\n        validUntil\n      }\n      cafLabel {\n        status\n        validUntil\n      }\n    }\n  }\n": types.ParticipantFieldsFragmentDoc,
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
export function graphql(source: "\n  fragment ProgrammeHeaderFields on Programme {\n    name\n    description\n    startsOn\n    endsOn\n    fundingSource\n    minGroupSize\n  }\n"): (typeof documents)["\n  fragment ProgrammeHeaderFields on Programme {\n    name\n    description\n    startsOn\n    endsOn\n    fundingSource\n    minGroupSize\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeList {\n    programmes {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeList {\n    programmes {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeOverview($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      assessmentCycles\n      ...ProgrammeHeaderFields\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeOverview($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      assessmentCycles\n      ...ProgrammeHeaderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeParticipants($id: ID!) {\n    programme(id: $id) {\n      id\n      participants {\n        ...ParticipantFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeParticipants($id: ID!) {\n    programme(id: $id) {\n      id\n      participants {\n        ...ParticipantFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeCriterionStatistics($id: ID!, $cycleYear: Int!) {\n    programme(id: $id) {\n      id\n      criterionStatistics(cycleYear: $cycleYear) {\n        cycleYear\n        minGroupSize\n        cafVersions\n        caveat\n        syntheticData\n        criteria {\n          criterionNumber\n          kind\n          name {\n            pl\n            en\n          }\n          n\n          mean\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeCriterionStatistics($id: ID!, $cycleYear: Int!) {\n    programme(id: $id) {\n      id\n      criterionStatistics(cycleYear: $cycleYear) {\n        cycleYear\n        minGroupSize\n        cafVersions\n        caveat\n        syntheticData\n        criteria {\n          criterionNumber\n          kind\n          name {\n            pl\n            en\n          }\n          n\n          mean\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantFields on Participation {\n    id\n    role\n    joinedOn\n    office {\n      id\n      name\n      jstType\n      teryt\n      population\n      voivodeship {\n        code\n        name {\n          pl\n          en\n        }\n      }\n      isoStatus {\n        status\n        standard\n        polishStandard\n        validUntil\n      }\n      cafLabel {\n        status\n        validUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantFields on Participation {\n    id\n    role\n    joinedOn\n    office {\n      id\n      name\n      jstType\n      teryt\n      population\n      voivodeship {\n        code\n        name {\n          pl\n          en\n        }\n      }\n      isoStatus {\n        status\n        standard\n        polishStandard\n        validUntil\n      }\n      cafLabel {\n        status\n        validUntil\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;