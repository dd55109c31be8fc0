/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** What kind of data this server holds. */
export type AppInfo = {
  __typename?: 'AppInfo';
  /** True when the database holds synthetic demo scores; the UI must say so. */
  syntheticData: Scalars['Boolean']['output'];
};

export type CafCatalogueVersion = {
  __typename?: 'CafCatalogueVersion';
  code: CafVersion;
  criteria: Array<CafCriterion>;
  name: LocalisedText;
  year: Scalars['Int']['output'];
};

export type CafCriterion = {
  __typename?: 'CafCriterion';
  kind: CriterionKind;
  name: LocalisedText;
  number: Scalars['Int']['output'];
  subCriteria: Array<CafSubCriterion>;
};

/** "Skuteczny Użytkownik CAF" (Effective CAF User) label: none, valid or expired. */
export type CafLabelStatus =
  | 'EXPIRED'
  | 'NONE'
  | 'VALID';

export type CafLabelSummary = {
  __typename?: 'CafLabelSummary';
  awardedBy?: Maybe<Scalars['String']['output']>;
  awardedOn?: Maybe<Scalars['LocalDate']['output']>;
  status: CafLabelStatus;
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

export type CafSubCriterion = {
  __typename?: 'CafSubCriterion';
  /** e.g. 4.2 */
  code: Scalars['String']['output'];
  criterionNumber: Scalars['Int']['output'];
  name: LocalisedText;
};

/** CAF model version. */
export type CafVersion =
  | 'CAF_2006'
  | 'CAF_2013'
  | 'CAF_2020';

export type ComparisonCaveat =
  | 'INCLUDES_CAF_2006';

/** Enablers (kryteria potencjału, 1–5) or results (kryteria wyników, 6–9). */
export type CriterionKind =
  | 'ENABLER'
  | 'RESULT';

/** Anonymised statistic of one CAF criterion over a group of offices. */
export type CriterionStatistic = {
  __typename?: 'CriterionStatistic';
  criterionNumber: Scalars['Int']['output'];
  kind: CriterionKind;
  /** Mean of office criterion scores, 0–100; null when suppressed. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** Offices with a submitted score for this criterion. */
  n: Scalars['Int']['output'];
  name: LocalisedText;
  suppressed?: Maybe<SuppressionReason>;
};

export type IsoEdition =
  | 'ISO_9001_2000'
  | 'ISO_9001_2008'
  | 'ISO_9001_2015'
  | 'ISO_9001_2026';

/** Current ISO 9001 certification status, derived from the dated lifecycle events. */
export type IsoStatus =
  | 'AUDIT_PLANNED'
  | 'CERTIFIED'
  | 'EXPIRED'
  | 'IMPLEMENTING'
  | 'NOT_STARTED'
  | 'RECERTIFICATION_DUE'
  | 'SUSPENDED'
  | 'WITHDRAWN';

export type IsoStatusSummary = {
  __typename?: 'IsoStatusSummary';
  certificateNumber?: Maybe<Scalars['String']['output']>;
  certificationBody?: Maybe<Scalars['String']['output']>;
  certifiedOn?: Maybe<Scalars['LocalDate']['output']>;
  edition?: Maybe<IsoEdition>;
  nextSurveillanceDue?: Maybe<Scalars['LocalDate']['output']>;
  /** Polish adoption, e.g. PN-EN ISO 9001:2015-10 */
  polishStandard?: Maybe<Scalars['String']['output']>;
  scopeReduced: Scalars['Boolean']['output'];
  /** e.g. ISO 9001:2015 */
  standard?: Maybe<Scalars['String']['output']>;
  status: IsoStatus;
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

/** Kind of local-government unit (JST) the office serves. */
export type JstType =
  | 'GMINA_MIEJSKA'
  | 'GMINA_MIEJSKO_WIEJSKA'
  | 'GMINA_WIEJSKA'
  | 'MIASTO_NA_PRAWACH_POWIATU'
  | 'POWIAT'
  | 'WOJEWODZTWO';

/** A text in Polish (the default) and English. */
export type LocalisedText = {
  __typename?: 'LocalisedText';
  en: Scalars['String']['output'];
  pl: Scalars['String']['output'];
};

export type Office = {
  __typename?: 'Office';
  /** Effective CAF User label status. */
  cafLabel: CafLabelSummary;
  id: Scalars['ID']['output'];
  /** Public ISO 9001 certification status. */
  isoStatus: IsoStatusSummary;
  jstType: JstType;
  name: Scalars['String']['output'];
  /** The programmes this office takes part in. */
  participations: Array<Participation>;
  population: Scalars['Int']['output'];
  staffCount: Scalars['Int']['output'];
  /** TERYT TERC code: WW, WWPP or WWPPGGR depending on the JST type. */
  teryt: Scalars['String']['output'];
  voivodeship: Voivodeship;
};

export type OfficeFilter = {
  jstType?: InputMaybe<JstType>;
  /** Only offices taking part in this programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the office name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** TERYT voivodeship code, e.g. 12. */
  voivodeshipCode?: InputMaybe<Scalars['String']['input']>;
};

export type OfficePage = {
  __typename?: 'OfficePage';
  items: Array<Office>;
  /** All matching items, not only this page. */
  totalItems: Scalars['Int']['output'];
};

export type PanelCode =
  | 'CLASSICAL_ENABLERS'
  | 'CLASSICAL_RESULTS'
  | 'FINE_TUNED_ENABLERS'
  | 'FINE_TUNED_RESULTS';

export type Participation = {
  __typename?: 'Participation';
  id: Scalars['ID']['output'];
  joinedOn: Scalars['LocalDate']['output'];
  leftOn?: Maybe<Scalars['LocalDate']['output']>;
  office: Office;
  programme: Programme;
  role: ParticipationRole;
};

export type ParticipationRole =
  | 'LEADER'
  | 'PARTICIPANT';

export type Programme = {
  __typename?: 'Programme';
  /** Cycles with submitted self-assessments, newest first. */
  assessmentCycles: Array<Scalars['Int']['output']>;
  /** Stable slug, e.g. dzierzoniow-2009. */
  code: Scalars['String']['output'];
  /** Programme-wide mean per CAF criterion; suppressed below the minimum group size. */
  criterionStatistics: ProgrammeCriterionStatistics;
  description?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['LocalDate']['output']>;
  fundingSource?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Minimum group size k for any statistic published in this programme. */
  minGroupSize: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Participating offices, leaders first. */
  participants: Array<Participation>;
  startsOn: Scalars['LocalDate']['output'];
};


export type ProgrammeCriterionStatisticsArgs = {
  cycleYear: Scalars['Int']['input'];
};

/** Programme-wide criterion means for one assessment cycle. */
export type ProgrammeCriterionStatistics = {
  __typename?: 'ProgrammeCriterionStatistics';
  cafVersions: Array<CafVersion>;
  caveat?: Maybe<ComparisonCaveat>;
  criteria: Array<CriterionStatistic>;
  cycleYear: Scalars['Int']['output'];
  /** Minimum group size k applied. */
  minGroupSize: Scalars['Int']['output'];
  /** True when the scores behind these numbers are synthetic demo data. */
  syntheticData: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  appInfo: AppInfo;
  /** CAF 2006, 2013 and 2020: 9 criteria, 28 sub-criteria each. */
  cafCatalogue: Array<CafCatalogueVersion>;
  /** One office; NOT_FOUND when the id is unknown. */
  office: Office;
  /** Offices, filtered and paginated, with the total count. */
  offices: OfficePage;
  /** One programme; NOT_FOUND when the id is unknown. */
  programme: Programme;
  programmes: Array<Programme>;
  /** Classical and fine-tuned scoring panels with the text of each level. */
  scoringPanels: Array<ScoringPanel>;
};


export type QueryOfficeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficesArgs = {
  filter?: InputMaybe<OfficeFilter>;
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};

export type ScoringPanel = {
  __typename?: 'ScoringPanel';
  code: PanelCode;
  columns: Array<ScoringPanelColumn>;
  kind: CriterionKind;
  name: LocalisedText;
};

export type ScoringPanelColumn = {
  __typename?: 'ScoringPanelColumn';
  code: Scalars['String']['output'];
  levels: Array<ScoringPanelLevel>;
  name: LocalisedText;
};

export type ScoringPanelLevel = {
  __typename?: 'ScoringPanelLevel';
  description: LocalisedText;
  max: Scalars['Int']['output'];
  min: Scalars['Int']['output'];
  /** PDCA phase reached (classical enablers). */
  phase?: Maybe<Scalars['String']['output']>;
  /** Classical panels: the 0–5 score of this level. */
  score0to5?: Maybe<Scalars['Int']['output']>;
};

/** Why a statistic was withheld (statistical disclosure control). */
export type SuppressionReason =
  | 'BELOW_MIN_GROUP_SIZE';

export type Voivodeship = {
  __typename?: 'Voivodeship';
  /** TERYT WW code, e.g. 02 (dolnośląskie). */
  code: Scalars['String']['output'];
  name: LocalisedText;
};

export type AppInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type AppInfoQuery = { __typename?: 'Query', appInfo: { __typename?: 'AppInfo', syntheticData: boolean } };

export type ProgrammeHeaderFieldsFragment = { __typename?: 'Programme', name: string, description?: string | null, startsOn: string, endsOn?: string | null, fundingSource?: string | null, minGroupSize: number };

export type ProgrammeListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeListQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', id: string, code: string, name: string }> };

export type ProgrammeOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeOverviewQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, code: string, assessmentCycles: Array<number>, name: string, description?: string | null, startsOn: string, endsOn?: string | null, fundingSource?: string | null, minGroupSize: number } };

export type ProgrammeParticipantsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeParticipantsQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, participants: Array<{ __typename?: 'Participation', id: string, role: ParticipationRole, joinedOn: string, office: { __typename?: 'Office', id: string, name: string, jstType: JstType, teryt: string, population: number, voivodeship: { __typename?: 'Voivodeship', code: string, name: { __typename?: 'LocalisedText', pl: string, en: string } }, isoStatus: { __typename?: 'IsoStatusSummary', status: IsoStatus, standard?: string | null, polishStandard?: string | null, validUntil?: string | null }, cafLabel: { __typename?: 'CafLabelSummary', status: CafLabelStatus, validUntil?: string | null } } }> } };

export type ProgrammeCriterionStatisticsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  cycleYear: Scalars['Int']['input'];
}>;


export type ProgrammeCriterionStatisticsQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, criterionStatistics: { __typename?: 'ProgrammeCriterionStatistics', cycleYear: number, minGroupSize: number, cafVersions: Array<CafVersion>, caveat?: ComparisonCaveat | null, syntheticData: boolean, criteria: Array<{ __typename?: 'CriterionStatistic', criterionNumber: number, kind: CriterionKind, n: number, mean?: number | null, suppressed?: SuppressionReason | null, name: { __typename?: 'LocalisedText', pl: string, en: string } }> } } };

export type ParticipantFieldsFragment = { __typename?: 'Participation', id: string, role: ParticipationRole, joinedOn: string, office: { __typename?: 'Office', id: string, name: string, jstType: JstType, teryt: string, population: number, voivodeship: { __typename?: 'Voivodeship', code: string, name: { __typename?: 'LocalisedText', pl: string, en: string } }, isoStatus: { __typename?: 'IsoStatusSummary', status: IsoStatus, standard?: string | null, polishStandard?: string | null, validUntil?: string | null }, cafLabel: { __typename?: 'CafLabelSummary', status: CafLabelStatus, validUntil?: string | null } } };

export const ProgrammeHeaderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}}]}}]} as unknown as DocumentNode<ProgrammeHeaderFieldsFragment, unknown>;
export const ParticipantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jstType"}},{"kind":"Field","name":{"kind":"Name","value":"teryt"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isoStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"polishStandard"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cafLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantFieldsFragment, unknown>;
export const AppInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syntheticData"}}]}}]}}]} as unknown as DocumentNode<AppInfoQuery, AppInfoQueryVariables>;
export const ProgrammeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProgrammeListQuery, ProgrammeListQueryVariables>;
export const ProgrammeOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCycles"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeHeaderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}}]}}]} as unknown as DocumentNode<ProgrammeOverviewQuery, ProgrammeOverviewQueryVariables>;
export const ProgrammeParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jstType"}},{"kind":"Field","name":{"kind":"Name","value":"teryt"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isoStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"polishStandard"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cafLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeParticipantsQuery, ProgrammeParticipantsQueryVariables>;
export const ProgrammeCriterionStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeCriterionStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleYear"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"cafVersions"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}},{"kind":"Field","name":{"kind":"Name","value":"syntheticData"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeCriterionStatisticsQuery, ProgrammeCriterionStatisticsQueryVariables>;