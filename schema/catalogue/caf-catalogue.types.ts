/**
 * Types of the CAF reference catalogue (docs/domain.md §1.1–1.4). The catalogue is static reference
 * data shared by the server and the client, so every collection is readonly.
 */

export type CafVersionCode = '2006' | '2013' | '2020';

/** Criteria 1–5 are enablers ("kryteria potencjału"), 6–9 results ("kryteria wyników"). */
export type CriterionKind = 'ENABLER' | 'RESULT';

export interface LocalisedText {
  readonly pl: string;
  readonly en: string;
}

export interface CafSubCriterion {
  /** '1.1' … '9.2'; the same 28 codes exist in every version, so scores map 1:1 by code. */
  readonly code: string;
  readonly criterionNumber: number;
  readonly name: LocalisedText;
}

export interface CafCriterion {
  /** 1..9 */
  readonly number: number;
  readonly kind: CriterionKind;
  readonly name: LocalisedText;
  readonly subCriteria: readonly CafSubCriterion[];
}

export interface CafVersion {
  readonly code: CafVersionCode;
  readonly year: number;
  readonly name: LocalisedText;
  readonly criteria: readonly CafCriterion[];
}

export type PanelCode =
  'CLASSICAL_ENABLERS' | 'CLASSICAL_RESULTS' | 'FINE_TUNED_ENABLERS' | 'FINE_TUNED_RESULTS';

/** PDCA phase reached by a level of the classical enablers panel ('PDCA' = the full cycle). */
export type EnablerPhase = 'PLAN' | 'DO' | 'CHECK' | 'ACT' | 'PDCA';

/** Column codes: the four PDCA phases (fine-tuned enablers) or trend/target (fine-tuned results). */
export type PanelColumnCode = 'CLASSICAL' | 'PLAN' | 'DO' | 'CHECK' | 'ACT' | 'TRENDS' | 'TARGETS';

export interface PanelLevel {
  /** Classical panels only: the 0–5 score of this level. */
  readonly score0to5?: number;
  /** The 0–100 band, inclusive on both ends; bands of one column are contiguous. */
  readonly min: number;
  readonly max: number;
  /** Classical enablers only; the lowest level ("nothing planned") has no phase. */
  readonly phase?: EnablerPhase;
  readonly description: LocalisedText;
}

export interface PanelColumn {
  readonly code: PanelColumnCode;
  readonly name: LocalisedText;
  readonly levels: readonly PanelLevel[];
}

export interface ScoringPanel {
  readonly code: PanelCode;
  readonly kind: CriterionKind;
  readonly name: LocalisedText;
  /** Classical panels have one column; fine-tuned ones have one column per scored dimension. */
  readonly columns: readonly PanelColumn[];
}
