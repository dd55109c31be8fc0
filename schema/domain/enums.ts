/**
 * Domain enumerations shared by the database, the GraphQL API and the client.
 * Values are stored verbatim in PostgreSQL enum types, so renaming one needs a migration.
 */

const enumOf = <T extends string>(...values: T[]): { readonly [K in T]: K } =>
  Object.freeze(Object.fromEntries(values.map(value => [value, value]))) as {
    readonly [K in T]: K;
  };

type ValueOf<T> = T[keyof T];

/** Jednostka samorządu terytorialnego: the kind of office (docs/domain.md §3.1). */
export const JstType = enumOf(
  'GMINA_MIEJSKA',
  'GMINA_WIEJSKA',
  'GMINA_MIEJSKO_WIEJSKA',
  'MIASTO_NA_PRAWACH_POWIATU',
  'POWIAT',
  'WOJEWODZTWO',
);
export type JstType = ValueOf<typeof JstType>;

export const ParticipationRole = enumOf('LEADER', 'PARTICIPANT');
export type ParticipationRole = ValueOf<typeof ParticipationRole>;

/** How the sub-criteria of one self-assessment were scored (docs/domain.md §1.4). */
export const ScoringScheme = enumOf('CLASSICAL_0_5', 'CLASSICAL_0_100', 'FINE_TUNED');
export type ScoringScheme = ValueOf<typeof ScoringScheme>;

/** The raw scale of a single stored score; fine-tuned scoring differs for enablers and results. */
export const ScoreScale = enumOf(
  'CLASSICAL_0_5',
  'CLASSICAL_0_100',
  'FINE_TUNED_PDCA',
  'FINE_TUNED_TREND_TARGET',
);
export type ScoreScale = ValueOf<typeof ScoreScale>;

export const AssessmentStatus = enumOf('DRAFT', 'SUBMITTED');
export type AssessmentStatus = ValueOf<typeof AssessmentStatus>;

/** Where a row came from: demo scores are synthetic and must say so wherever they are shown. */
export const DataOrigin = enumOf('SYNTHETIC_DEMO', 'ENTERED', 'IMPORTED');
export type DataOrigin = ValueOf<typeof DataOrigin>;

export const ImprovementActionStatus = enumOf('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');
export type ImprovementActionStatus = ValueOf<typeof ImprovementActionStatus>;

export const IsoEdition = enumOf(
  'ISO_9001_2000',
  'ISO_9001_2008',
  'ISO_9001_2015',
  'ISO_9001_2026',
);
export type IsoEdition = ValueOf<typeof IsoEdition>;

/** Dated events of the ISO/IEC 17021-1 certification lifecycle (docs/domain.md §2.2–2.4). */
export const IsoEventType = enumOf(
  'IMPLEMENTATION_STARTED',
  'AUDIT_PLANNED',
  'STAGE1_AUDIT',
  'STAGE2_AUDIT',
  'CERTIFIED',
  'SURVEILLANCE_AUDIT',
  'RECERTIFIED',
  'SCOPE_REDUCED',
  'SUSPENDED',
  'REINSTATED',
  'WITHDRAWN',
  'EXPIRED',
);
export type IsoEventType = ValueOf<typeof IsoEventType>;

/** An office's current ISO 9001 status, derived from its events and today's date. */
export const IsoStatus = enumOf(
  'NOT_STARTED',
  'IMPLEMENTING',
  'AUDIT_PLANNED',
  'CERTIFIED',
  'RECERTIFICATION_DUE',
  'SUSPENDED',
  'WITHDRAWN',
  'EXPIRED',
);
export type IsoStatus = ValueOf<typeof IsoStatus>;

/** "Skuteczny Użytkownik CAF" (Effective CAF User) label state. */
export const CafLabelStatus = enumOf('NONE', 'VALID', 'EXPIRED');
export type CafLabelStatus = ValueOf<typeof CafLabelStatus>;

/**
 * Roles are granted per scope: PROGRAMME_LEADER per programme, OFFICE_* per office; ADMIN and
 * MINISTRY_ANALYST are global (the ministry sees programme-wide aggregates only).
 */
export const UserRole = enumOf(
  'ADMIN',
  'PROGRAMME_LEADER',
  'OFFICE_EDITOR',
  'OFFICE_VIEWER',
  'MINISTRY_ANALYST',
);
export type UserRole = ValueOf<typeof UserRole>;

export const UserStatus = enumOf('INVITED', 'ACTIVE', 'DEACTIVATED');
export type UserStatus = ValueOf<typeof UserStatus>;
