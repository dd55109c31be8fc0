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
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** What kind of data this server holds. */
export type AppInfo = {
  __typename?: 'AppInfo';
  /** True when the database holds synthetic demo scores; the UI must say so. */
  syntheticData: Scalars['Boolean']['output'];
};

export type AssignRoleInput = {
  /** Required for OFFICE_EDITOR and OFFICE_VIEWER. */
  officeId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for PROGRAMME_LEADER. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  role: UserRole;
  userId: Scalars['ID']['input'];
};

export type AuditLogFilter = {
  /** e.g. role.assign */
  action?: InputMaybe<Scalars['String']['input']>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  items: Array<AuditLogRecord>;
  /** All matching items, not only this page. */
  totalItems: Scalars['Int']['output'];
};

/** One append-only audit record: who changed or exported what, and when. */
export type AuditLogRecord = {
  __typename?: 'AuditLogRecord';
  action: Scalars['String']['output'];
  actorEmail?: Maybe<Scalars['String']['output']>;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  after?: Maybe<Scalars['JSONObject']['output']>;
  before?: Maybe<Scalars['JSONObject']['output']>;
  entityId?: Maybe<Scalars['String']['output']>;
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  ipAddress?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
};

/** Consent between two offices to see each other’s scores by name. */
export type BenchlearningPartnership = {
  __typename?: 'BenchlearningPartnership';
  grantedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The partner consented to show theirs to you. */
  grantedByPartner: Scalars['Boolean']['output'];
  /** You consented to show your scores to the partner. */
  grantedByUs: Scalars['Boolean']['output'];
  /** Both consent: scores are visible both ways. */
  mutual: Scalars['Boolean']['output'];
  partner: Office;
};

export type Benchmark = {
  __typename?: 'Benchmark';
  cafVersions: Array<CafVersion>;
  comparisonBasis: ComparisonBasis;
  comparisonLevel: ComparisonLevel;
  cycleYear: Scalars['Int']['output'];
  group: PeerGroupDescription;
  /** The k this group is held to: its programme’s k (or the platform default 5 without a programme filter), raised to the largest k of its members’ programmes; 5 when the group is withheld. */
  minGroupSize: Scalars['Int']['output'];
  /** Offices in the group in the released cycle; withheld when the group is. */
  n?: Maybe<Scalars['Int']['output']>;
  statistics: Array<BenchmarkStatistic>;
  /** Set when the whole group is withheld. */
  suppressed?: Maybe<SuppressionReason>;
  syntheticData: Scalars['Boolean']['output'];
  /** The office whose own position is included. */
  viewerOfficeId?: Maybe<Scalars['ID']['output']>;
};

/** Anonymised statistics of one score (CAF index, criterion or sub-criterion) over a group. */
export type BenchmarkStatistic = {
  __typename?: 'BenchmarkStatistic';
  /** INDEX, a criterion number ("4") or a sub-criterion code ("4.2"). */
  key: Scalars['String']['output'];
  kind?: Maybe<CriterionKind>;
  levelShares?: Maybe<Array<LevelShare>>;
  /** Perturbed (cell key method: the same offices always get the same deviation), to one decimal. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** How close the mean is; with it. */
  meanError?: Maybe<MeanError>;
  /** Median, Q1, Q3, P10 and P90 are perturbed, to one decimal; each is withheld where the scores around it lie further apart than its noise can hide (SPARSE_AROUND_QUANTILE). */
  median?: Maybe<Scalars['Float']['output']>;
  /** Offices counted; withheld with the statistic. */
  n?: Maybe<Scalars['Int']['output']>;
  name: LocalisedText;
  own?: Maybe<OwnPosition>;
  p10?: Maybe<Scalars['Float']['output']>;
  p90?: Maybe<Scalars['Float']['output']>;
  q1?: Maybe<Scalars['Float']['output']>;
  q3?: Maybe<Scalars['Float']['output']>;
  /** A published quantile is never further than this from the true one, in points. */
  quantileMaxError?: Maybe<Scalars['Float']['output']>;
  /** Why median and quartiles (or some of them) are withheld. */
  quartilesSuppressed?: Maybe<SuppressionReason>;
  suppressed?: Maybe<SuppressionReason>;
  /** Why P10 and P90 (or one of them) are withheld. */
  tailsSuppressed?: Maybe<SuppressionReason>;
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

/** SINGLE_VERSION: sub-criteria comparable; MIXED_2013_2020: same structure, criteria only; INCLUDES_CAF_2006: criteria only, with care; NO_DATA. */
export type ComparisonBasis =
  | 'INCLUDES_CAF_2006'
  | 'MIXED_2013_2020'
  | 'NO_DATA'
  | 'SINGLE_VERSION';

export type ComparisonCaveat =
  | 'INCLUDES_CAF_2006';

export type ComparisonLevel =
  | 'CRITERION'
  | 'SUB_CRITERION';

/** Enablers (kryteria potencjału, 1–5) or results (kryteria wyników, 6–9). */
export type CriterionKind =
  | 'ENABLER'
  | 'RESULT';

/** Anonymised statistic of one CAF criterion over a group of offices. */
export type CriterionStatistic = {
  __typename?: 'CriterionStatistic';
  criterionNumber: Scalars['Int']['output'];
  kind: CriterionKind;
  /** Perturbed (cell key method: the same offices always get the same deviation), to one decimal. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** How close the mean is; with it. */
  meanError?: Maybe<MeanError>;
  /** Offices counted; withheld with the statistic. */
  n?: Maybe<Scalars['Int']['output']>;
  name: LocalisedText;
  suppressed?: Maybe<SuppressionReason>;
};

/** A published (frozen) assessment cycle. */
export type CycleRelease = {
  __typename?: 'CycleRelease';
  cycleYear: Scalars['Int']['output'];
  /** Offices in the released snapshot. */
  offices: Scalars['Int']['output'];
  releasedAt: Scalars['DateTimeISO']['output'];
};

export type Distribution = {
  __typename?: 'Distribution';
  n?: Maybe<Scalars['Int']['output']>;
  points: Array<DistributionPoint>;
  suppressed?: Maybe<SuppressionReason>;
};

export type DistributionPoint = {
  __typename?: 'DistributionPoint';
  /** Pseudonym, stable within this benchmark and unlinkable to other ones. */
  label: Scalars['String']['output'];
  /** True for the viewing office’s own point. */
  own: Scalars['Boolean']['output'];
  /** Microaggregated: the perturbed mean of this office’s block of ≥ k similar values. */
  value: Scalars['Float']['output'];
};

export type Invitation = {
  __typename?: 'Invitation';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Hand this link to the invited person; it is shown once and works once. */
  invitationUrl: Scalars['String']['output'];
  user: User;
};

export type InviteUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  roles: Array<RoleGrantInput>;
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

export type LevelShare = {
  __typename?: 'LevelShare';
  /** 0 = 0–10 … 5 = 91–100 (PDCA / results bands). */
  level: Scalars['Int']['output'];
  /** Share of the group’s offices in this band, 0–1, from perturbed counts. */
  share: Scalars['Float']['output'];
};

/** A text in Polish (the default) and English. */
export type LocalisedText = {
  __typename?: 'LocalisedText';
  en: Scalars['String']['output'];
  pl: Scalars['String']['output'];
};

/** The signed-in user. */
export type Me = {
  __typename?: 'Me';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  roles: Array<RoleGrant>;
};

/** How far a published mean may be from the true one: values are perturbed to protect single offices (docs/disclosure.md); stated from n and the rule only. */
export type MeanError = {
  __typename?: 'MeanError';
  /** The published mean is never further than this. */
  max: Scalars['Float']['output'];
  /** Typical deviation from the true mean, in points. */
  typical: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets the password of an invited user and signs them in. */
  acceptInvitation: Me;
  assignRole: User;
  /** Blocks sign-in and ends all sessions of the account. */
  deactivateUser: User;
  /** Consent to show your scores to a partner office (effective once it consents too). */
  grantBenchlearningConsent: Array<BenchlearningPartnership>;
  /** Creates an invited account and returns its one-time link. */
  inviteUser: Invitation;
  reactivateUser: User;
  /** Starts publishing a cycle from a frozen snapshot, once, in the background; follow the returned job with releaseJob. Releasing it again gives a finished job (step UNCHANGED) while nothing changed, and is refused with CONFLICT (reason ALREADY_RELEASED) when any office would be added or any score differ: late or corrected self-assessments count in the next cycle. While a release of the cycle is unfinished, another is refused with CONFLICT (reason RELEASE_RUNNING). */
  releaseCycle: ReleaseJob;
  /** Withdraw consent; the partner stops seeing your scores at once. */
  revokeBenchlearningConsent: Array<BenchlearningPartnership>;
  revokeRole: User;
  /** Ends every live session of the account; returns how many. */
  revokeSessions: Scalars['Int']['output'];
  /** Signs in and sets the session cookie; locks the account after repeated failures. */
  signIn: Me;
  /** Ends the current session on the server and clears the cookie. */
  signOut: Scalars['Boolean']['output'];
  /** Sets the minimum group size k (≥ 3, possibly below the platform default 5) of groups filtered by this programme, for cycles released from now on. */
  updateProgrammeDisclosure: Programme;
};


export type MutationAcceptInvitationArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAssignRoleArgs = {
  input: AssignRoleInput;
};


export type MutationDeactivateUserArgs = {
  userId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationGrantBenchlearningConsentArgs = {
  officeId: Scalars['ID']['input'];
  partnerOfficeId: Scalars['ID']['input'];
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationReactivateUserArgs = {
  userId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReleaseCycleArgs = {
  cycleYear: Scalars['Int']['input'];
};


export type MutationRevokeBenchlearningConsentArgs = {
  officeId: Scalars['ID']['input'];
  partnerOfficeId: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionsArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUpdateProgrammeDisclosureArgs = {
  minGroupSize: Scalars['Int']['input'];
  programmeId: Scalars['ID']['input'];
};

export type NamedScore = {
  __typename?: 'NamedScore';
  /** INDEX, a criterion ("4") or a sub-criterion ("4.2"). */
  key: Scalars['String']['output'];
  score: Scalars['Float']['output'];
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

/** An office’s own CAF scores by name: for the office itself and its consenting partners only. */
export type OfficeScores = {
  __typename?: 'OfficeScores';
  cafVersion: CafVersion;
  cycleYear: Scalars['Int']['output'];
  officeId: Scalars['ID']['output'];
  scores: Array<NamedScore>;
  syntheticData: Scalars['Boolean']['output'];
};

/** The viewing office’s own score, shown only to itself; its position (rank, gaps) only in a published group it belongs to in that cycle. */
export type OwnPosition = {
  __typename?: 'OwnPosition';
  /** Own score minus the median; null outside the office’s own groups. */
  gapToMedian?: Maybe<Scalars['Float']['output']>;
  /** Own score minus the upper quartile; null outside the office’s own groups. */
  gapToTopQuartile?: Maybe<Scalars['Float']['output']>;
  /** Where the own score lies on the curve through the published quantiles, 0–100 to the nearest 5 (never a count of true neighbours); null outside the office’s own groups or without published quartiles. */
  percentileRank?: Maybe<Scalars['Float']['output']>;
  /** To one decimal, rounded half up. */
  score: Scalars['Float']['output'];
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

export type PeerGroupDescription = {
  __typename?: 'PeerGroupDescription';
  /** Why these peers (for "offices like mine") or which filters. */
  explanation: LocalisedText;
};

export type PeerGroupInput = {
  cafVersion?: InputMaybe<CafVersion>;
  jstType?: InputMaybe<JstType>;
  /** Offices like the viewing office: its JST type, population band and staff band, widened until the group is large enough. Other filters are ignored. */
  likeMine?: Scalars['Boolean']['input'];
  populationBand?: InputMaybe<PopulationBand>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  staffBand?: InputMaybe<StaffBand>;
  voivodeshipCode?: InputMaybe<Scalars['String']['input']>;
};

/** Residents of the JST. */
export type PopulationBand =
  | 'FROM_5K_TO_20K'
  | 'FROM_20K_TO_50K'
  | 'FROM_50K_TO_100K'
  | 'OVER_100K'
  | 'UP_TO_5K';

export type Programme = {
  __typename?: 'Programme';
  /** Released cycles with the programme’s participants, newest first. */
  assessmentCycles: Array<Scalars['Int']['output']>;
  /** Stable slug, e.g. dzierzoniow-2009. */
  code: Scalars['String']['output'];
  /** Programme-wide mean per CAF criterion; disclosure-controlled. */
  criterionStatistics: ProgrammeCriterionStatistics;
  description?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['LocalDate']['output']>;
  fundingSource?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Minimum group size k (default 5, at least 3) of groups filtered by this programme, for cycles released after it was set. It may be below the platform default 5; any group is raised to the largest k of its members’ programmes. */
  minGroupSize: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Participating offices, leaders first. */
  participants: Array<Participation>;
  startsOn: Scalars['LocalDate']['output'];
  /** Who has submitted in a cycle (leaders of this programme and admins); no scores. */
  submissions: Array<Submission>;
};


export type ProgrammeCriterionStatisticsArgs = {
  cycleYear: Scalars['Int']['input'];
};


export type ProgrammeSubmissionsArgs = {
  cycleYear: Scalars['Int']['input'];
};

/** Programme-wide criterion means for one assessment cycle. */
export type ProgrammeCriterionStatistics = {
  __typename?: 'ProgrammeCriterionStatistics';
  cafVersions: Array<CafVersion>;
  caveat?: Maybe<ComparisonCaveat>;
  criteria: Array<CriterionStatistic>;
  cycleYear: Scalars['Int']['output'];
  /** The k of the programme’s group, as Benchmark.minGroupSize. */
  minGroupSize: Scalars['Int']['output'];
  syntheticData: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  appInfo: AppInfo;
  /** The audit log, newest first (admins only). */
  auditLog: AuditLogPage;
  /** Your office’s benchlearning partnerships. */
  benchlearningPartnerships: Array<BenchlearningPartnership>;
  /** Anonymised statistics of a peer group in a released cycle, with your office’s position. */
  benchmark: Benchmark;
  /** The group’s values of one score, microaggregated and under pseudonyms, for strip and box plots. */
  benchmarkDistribution: Distribution;
  /** One score of a group across released cycles. */
  benchmarkTrend: Array<TrendPoint>;
  /** CAF 2006, 2013 and 2020: 9 criteria, 28 sub-criteria each. */
  cafCatalogue: Array<CafCatalogueVersion>;
  /** Released (published) cycles, newest first. */
  cycleReleases: Array<CycleRelease>;
  /** The signed-in user, or null. */
  me?: Maybe<Me>;
  /** One office; NOT_FOUND when the id is unknown. */
  office: Office;
  /** Named scores of your own office or of a mutually consenting partner. */
  officeScores?: Maybe<OfficeScores>;
  /** Offices, filtered and paginated, with the total count. */
  offices: OfficePage;
  /** One programme; NOT_FOUND when the id is unknown. */
  programme: Programme;
  programmes: Array<Programme>;
  /** One release job, as it stands now. */
  releaseJob: ReleaseJob;
  /** The latest release jobs, newest first. */
  releaseJobs: Array<ReleaseJob>;
  /** Classical and fine-tuned scoring panels with the text of each level. */
  scoringPanels: Array<ScoringPanel>;
  /** User accounts (admins only). */
  users: UserPage;
};


export type QueryAuditLogArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};


export type QueryBenchlearningPartnershipsArgs = {
  officeId: Scalars['ID']['input'];
};


export type QueryBenchmarkArgs = {
  cycleYear: Scalars['Int']['input'];
  group: PeerGroupInput;
  level?: ComparisonLevel;
  officeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBenchmarkDistributionArgs = {
  cycleYear: Scalars['Int']['input'];
  group: PeerGroupInput;
  key: Scalars['String']['input'];
  officeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBenchmarkTrendArgs = {
  cycles: Array<Scalars['Int']['input']>;
  group: PeerGroupInput;
  key: Scalars['String']['input'];
  officeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOfficeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficeScoresArgs = {
  cycleYear: Scalars['Int']['input'];
  officeId: Scalars['ID']['input'];
};


export type QueryOfficesArgs = {
  filter?: InputMaybe<OfficeFilter>;
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReleaseJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReleaseJobsArgs = {
  cycleYear?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  skip?: Scalars['Int']['input'];
  take?: Scalars['Int']['input'];
};

/** A release of a cycle run in the background: releaseCycle starts it, releaseJob follows it. */
export type ReleaseJob = {
  __typename?: 'ReleaseJob';
  createdAt: Scalars['DateTimeISO']['output'];
  cycleYear: Scalars['Int']['output'];
  /** Why it failed, for people; the cycle is then as it was, and it may be retried. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Offices in the release, once it succeeded. */
  offices?: Maybe<Scalars['Int']['output']>;
  /** Coarse progress, 0–1. */
  progress: Scalars['Float']['output'];
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: ReleaseJobStatus;
  /** What it is doing or did last: QUEUED, STARTING, WAITING (for another release of the cycle), RELEASING, ANALYZING; at the end RELEASED, or UNCHANGED when the cycle was already published as it is. */
  step: Scalars['String']['output'];
};

/** QUEUED and RUNNING until the release ends SUCCEEDED or FAILED. */
export type ReleaseJobStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** One role of a user, with the programme or office it applies to. */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  id: Scalars['ID']['output'];
  office?: Maybe<Office>;
  officeId?: Maybe<Scalars['ID']['output']>;
  programme?: Maybe<Programme>;
  programmeId?: Maybe<Scalars['ID']['output']>;
  role: UserRole;
};

export type RoleGrantInput = {
  /** Required for OFFICE_EDITOR and OFFICE_VIEWER. */
  officeId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for PROGRAMME_LEADER. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  role: UserRole;
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

/** Office staff headcount. */
export type StaffBand =
  | 'FROM_26_TO_75'
  | 'FROM_76_TO_200'
  | 'OVER_200'
  | 'UP_TO_25';

export type Submission = {
  __typename?: 'Submission';
  office: Office;
  status: SubmissionStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type SubmissionStatus =
  | 'DRAFT'
  | 'NOT_STARTED'
  | 'SUBMITTED';

/** Why a statistic was withheld (statistical disclosure control, see disclosure.ts). */
export type SuppressionReason =
  | 'BELOW_MIN_GROUP_SIZE'
  | 'CYCLE_NOT_RELEASED'
  | 'NEEDS_LARGER_GROUP'
  | 'SPARSE_AROUND_QUANTILE';

export type TrendPoint = {
  __typename?: 'TrendPoint';
  cycleYear: Scalars['Int']['output'];
  /** Perturbed (cell key method: the same offices always get the same deviation), to one decimal. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** How close the mean is; with it. */
  meanError?: Maybe<MeanError>;
  median?: Maybe<Scalars['Float']['output']>;
  /** Offices counted; withheld with the statistic. */
  n?: Maybe<Scalars['Int']['output']>;
  own?: Maybe<Scalars['Float']['output']>;
  suppressed?: Maybe<SuppressionReason>;
};

/** A user account as admins see it. */
export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Set while locked after failed sign-ins. */
  lockedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  roles: Array<RoleGrant>;
  status: UserStatus;
  /** Optimistic lock: pass it back to change the account. */
  version: Scalars['Int']['output'];
};

export type UserFilter = {
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UserStatus>;
};

export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  /** All matching items, not only this page. */
  totalItems: Scalars['Int']['output'];
};

/** ADMIN and MINISTRY_ANALYST are global; PROGRAMME_LEADER is per programme; OFFICE_* per office. */
export type UserRole =
  | 'ADMIN'
  | 'MINISTRY_ANALYST'
  | 'OFFICE_EDITOR'
  | 'OFFICE_VIEWER'
  | 'PROGRAMME_LEADER';

export type UserStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

export type Voivodeship = {
  __typename?: 'Voivodeship';
  /** TERYT WW code, e.g. 02 (dolnośląskie). */
  code: Scalars['String']['output'];
  name: LocalisedText;
};

export type AppInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type AppInfoQuery = { __typename?: 'Query', appInfo: { __typename?: 'AppInfo', syntheticData: boolean } };

export type AuditLogQueryVariables = Exact<{
  skip: Scalars['Int']['input'];
  take: Scalars['Int']['input'];
  filter?: InputMaybe<AuditLogFilter>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditLogPage', totalItems: number, items: Array<{ __typename?: 'AuditLogRecord', id: string, occurredAt: string, actorEmail?: string | null, action: string, entityType: string, entityId?: string | null, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, email: string, displayName: string, roles: Array<{ __typename?: 'RoleGrant', id: string, role: UserRole, programmeId?: string | null, officeId?: string | null, programme?: { __typename?: 'Programme', id: string, name: string } | null, office?: { __typename?: 'Office', id: string, name: string } | null }> } | null };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'Me', id: string } };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'Me', id: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type RoleGrantFieldsFragment = { __typename?: 'RoleGrant', id: string, role: UserRole, programmeId?: string | null, officeId?: string | null, programme?: { __typename?: 'Programme', id: string, name: string } | null, office?: { __typename?: 'Office', id: string, name: string } | null };

export type ProgrammeHeaderFieldsFragment = { __typename?: 'Programme', name: string, description?: string | null, startsOn: string, endsOn?: string | null, fundingSource?: string | null, minGroupSize: number };

export type ProgrammeListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeListQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', id: string, code: string, name: string }> };

export type ProgrammeOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeOverviewQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, assessmentCycles: Array<number>, name: string, description?: string | null, startsOn: string, endsOn?: string | null, fundingSource?: string | null, minGroupSize: number } };

export type ProgrammeParticipantsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgrammeParticipantsQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, participants: Array<{ __typename?: 'Participation', id: string, role: ParticipationRole, joinedOn: string, office: { __typename?: 'Office', id: string, name: string, jstType: JstType, teryt: string, population: number, voivodeship: { __typename?: 'Voivodeship', code: string, name: { __typename?: 'LocalisedText', pl: string, en: string } }, isoStatus: { __typename?: 'IsoStatusSummary', status: IsoStatus, standard?: string | null, polishStandard?: string | null, validUntil?: string | null }, cafLabel: { __typename?: 'CafLabelSummary', status: CafLabelStatus, validUntil?: string | null } } }> } };

export type ProgrammeCriterionStatisticsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  cycleYear: Scalars['Int']['input'];
}>;


export type ProgrammeCriterionStatisticsQuery = { __typename?: 'Query', programme: { __typename?: 'Programme', id: string, criterionStatistics: { __typename?: 'ProgrammeCriterionStatistics', cycleYear: number, minGroupSize: number, cafVersions: Array<CafVersion>, caveat?: ComparisonCaveat | null, syntheticData: boolean, criteria: Array<{ __typename?: 'CriterionStatistic', criterionNumber: number, kind: CriterionKind, n?: number | null, mean?: number | null, suppressed?: SuppressionReason | null, name: { __typename?: 'LocalisedText', pl: string, en: string }, meanError?: { __typename?: 'MeanError', typical: number, max: number } | null }> } } };

export type ParticipantFieldsFragment = { __typename?: 'Participation', id: string, role: ParticipationRole, joinedOn: string, office: { __typename?: 'Office', id: string, name: string, jstType: JstType, teryt: string, population: number, voivodeship: { __typename?: 'Voivodeship', code: string, name: { __typename?: 'LocalisedText', pl: string, en: string } }, isoStatus: { __typename?: 'IsoStatusSummary', status: IsoStatus, standard?: string | null, polishStandard?: string | null, validUntil?: string | null }, cafLabel: { __typename?: 'CafLabelSummary', status: CafLabelStatus, validUntil?: string | null } } };

export type CycleReleaseFieldsFragment = { __typename?: 'CycleRelease', cycleYear: number, releasedAt: string, offices: number };

export type CycleReleasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CycleReleasesQuery = { __typename?: 'Query', cycleReleases: Array<{ __typename?: 'CycleRelease', cycleYear: number, releasedAt: string, offices: number }> };

export type ReleaseJobFieldsFragment = { __typename?: 'ReleaseJob', id: string, cycleYear: number, status: ReleaseJobStatus, step: string, progress: number, offices?: number | null, error?: string | null };

export type ReleaseCycleMutationVariables = Exact<{
  cycleYear: Scalars['Int']['input'];
}>;


export type ReleaseCycleMutation = { __typename?: 'Mutation', releaseCycle: { __typename?: 'ReleaseJob', id: string, cycleYear: number, status: ReleaseJobStatus, step: string, progress: number, offices?: number | null, error?: string | null } };

export type ReleaseJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReleaseJobQuery = { __typename?: 'Query', releaseJob: { __typename?: 'ReleaseJob', id: string, cycleYear: number, status: ReleaseJobStatus, step: string, progress: number, offices?: number | null, error?: string | null } };

export type LatestReleaseJobQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestReleaseJobQuery = { __typename?: 'Query', releaseJobs: Array<{ __typename?: 'ReleaseJob', id: string, cycleYear: number, status: ReleaseJobStatus, step: string, progress: number, offices?: number | null, error?: string | null }> };

export type UserRowFieldsFragment = { __typename?: 'User', id: string, email: string, displayName: string, status: UserStatus, lastLoginAt?: string | null, lockedUntil?: string | null, version: number, roles: Array<{ __typename?: 'RoleGrant', id: string, role: UserRole, programmeId?: string | null, officeId?: string | null, programme?: { __typename?: 'Programme', id: string, name: string } | null, office?: { __typename?: 'Office', id: string, name: string } | null }> };

export type UsersQueryVariables = Exact<{
  skip: Scalars['Int']['input'];
  take: Scalars['Int']['input'];
  filter?: InputMaybe<UserFilter>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', totalItems: number, items: Array<{ __typename?: 'User', id: string, email: string, displayName: string, status: UserStatus, lastLoginAt?: string | null, lockedUntil?: string | null, version: number, roles: Array<{ __typename?: 'RoleGrant', id: string, role: UserRole, programmeId?: string | null, officeId?: string | null, programme?: { __typename?: 'Programme', id: string, name: string } | null, office?: { __typename?: 'Office', id: string, name: string } | null }> }> } };

export type RoleScopeOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleScopeOptionsQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', id: string, name: string }>, offices: { __typename?: 'OfficePage', totalItems: number, items: Array<{ __typename?: 'Office', id: string, name: string }> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'Invitation', invitationUrl: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, displayName: string, status: UserStatus, lastLoginAt?: string | null, lockedUntil?: string | null, version: number, roles: Array<{ __typename?: 'RoleGrant', id: string, role: UserRole, programmeId?: string | null, officeId?: string | null, programme?: { __typename?: 'Programme', id: string, name: string } | null, office?: { __typename?: 'Office', id: string, name: string } | null }> } } };

export type AssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignRoleMutation = { __typename?: 'Mutation', assignRole: { __typename?: 'User', id: string, email: string, displayName: string, status: UserStatus, lastLoginAt?: string | null, lockedUntil?: string | null, version: number, roles: Array<{ __typename?: 'RoleGrant', id: string, role: UserRole, programmeId?: string | null, officeId?: string | null, programme?: { __typename?: 'Programme', id: string, name: string } | null, office?: { __typename?: 'Office', id: string, name: string } | null }> } };

export type RevokeRoleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeRoleMutation = { __typename?: 'Mutation', revokeRole: { __typename?: 'User', id: string, email: string, displayName: string, status: UserStatus, lastLoginAt?: string | null, lockedUntil?: string | null, version: number, roles: Array<{ __typename?: 'RoleGrant', id: string, role: UserRole, programmeId?: string | null, officeId?: string | null, programme?: { __typename?: 'Programme', id: string, name: string } | null, office?: { __typename?: 'Office', id: string, name: string } | null }> } };

export type DeactivateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', id: string, email: string, displayName: string, status: UserStatus, lastLoginAt?: string | null, lockedUntil?: string | null, version: number, roles: Array<{ __typename?: 'RoleGrant', id: string, role: UserRole, programmeId?: string | null, officeId?: string | null, programme?: { __typename?: 'Programme', id: string, name: string } | null, office?: { __typename?: 'Office', id: string, name: string } | null }> } };

export type ReactivateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', id: string, email: string, displayName: string, status: UserStatus, lastLoginAt?: string | null, lockedUntil?: string | null, version: number, roles: Array<{ __typename?: 'RoleGrant', id: string, role: UserRole, programmeId?: string | null, officeId?: string | null, programme?: { __typename?: 'Programme', id: string, name: string } | null, office?: { __typename?: 'Office', id: string, name: string } | null }> } };

export type RevokeSessionsMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type RevokeSessionsMutation = { __typename?: 'Mutation', revokeSessions: number };

export const ProgrammeHeaderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}}]}}]} as unknown as DocumentNode<ProgrammeHeaderFieldsFragment, unknown>;
export const ParticipantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jstType"}},{"kind":"Field","name":{"kind":"Name","value":"teryt"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isoStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"polishStandard"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cafLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantFieldsFragment, unknown>;
export const CycleReleaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CycleRelease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleYear"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offices"}}]}}]} as unknown as DocumentNode<CycleReleaseFieldsFragment, unknown>;
export const ReleaseJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReleaseJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"offices"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ReleaseJobFieldsFragment, unknown>;
export const RoleGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoleGrantFieldsFragment, unknown>;
export const UserRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserRowFieldsFragment, unknown>;
export const AppInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syntheticData"}}]}}]}}]} as unknown as DocumentNode<AppInfoQuery, AppInfoQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleGrantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ProgrammeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProgrammeListQuery, ProgrammeListQueryVariables>;
export const ProgrammeOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCycles"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeHeaderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}}]}}]} as unknown as DocumentNode<ProgrammeOverviewQuery, ProgrammeOverviewQueryVariables>;
export const ProgrammeParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jstType"}},{"kind":"Field","name":{"kind":"Name","value":"teryt"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isoStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"polishStandard"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cafLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeParticipantsQuery, ProgrammeParticipantsQueryVariables>;
export const ProgrammeCriterionStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeCriterionStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleYear"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"cafVersions"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}},{"kind":"Field","name":{"kind":"Name","value":"syntheticData"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"meanError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typical"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeCriterionStatisticsQuery, ProgrammeCriterionStatisticsQueryVariables>;
export const CycleReleasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleReleases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleReleases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleReleaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleReleaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CycleRelease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleYear"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offices"}}]}}]} as unknown as DocumentNode<CycleReleasesQuery, CycleReleasesQueryVariables>;
export const ReleaseCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReleaseJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReleaseJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"offices"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ReleaseCycleMutation, ReleaseCycleMutationVariables>;
export const ReleaseJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReleaseJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReleaseJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReleaseJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"offices"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ReleaseJobQuery, ReleaseJobQueryVariables>;
export const LatestReleaseJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestReleaseJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReleaseJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReleaseJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cycleYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"offices"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<LatestReleaseJobQuery, LatestReleaseJobQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleGrantFields"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const RoleScopeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleScopeOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RoleScopeOptionsQuery, RoleScopeOptionsQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleGrantFields"}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const AssignRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleGrantFields"}}]}}]}}]} as unknown as DocumentNode<AssignRoleMutation, AssignRoleMutationVariables>;
export const RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleGrantFields"}}]}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleGrantFields"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"officeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleGrantFields"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const RevokeSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<RevokeSessionsMutation, RevokeSessionsMutationVariables>;