import { CAF_2006 } from './caf-2006';
import { CAF_2013 } from './caf-2013';
import { CAF_2020 } from './caf-2020';
import type {
  CafSubCriterion,
  CafVersion,
  CafVersionCode,
  PanelCode,
  ScoringPanel,
} from './caf-catalogue.types';
import { SCORING_PANELS } from './scoring-panels';

export * from './caf-catalogue.types';
export { kindOfCriterion } from './define-catalogue';
export { normaliseClassical0to5, normaliseClassical0to100, normaliseFineTuned } from './normalise';
export { SCORE_BANDS, SCORING_PANELS } from './scoring-panels';
export { CAF_2006, CAF_2013, CAF_2020 };

/** Newest first, so pickers default to the version new self-assessments should use. */
export const CAF_VERSIONS: readonly CafVersion[] = Object.freeze([CAF_2020, CAF_2013, CAF_2006]);

export const CAF_VERSION_CODES: readonly CafVersionCode[] = Object.freeze(
  CAF_VERSIONS.map(version => version.code),
);

/** Narrows a raw string (GraphQL argument, CSV cell) to a version code. */
export const isCafVersionCode = (value: string): value is CafVersionCode =>
  (CAF_VERSION_CODES as readonly string[]).includes(value);

export function getCafVersion(code: CafVersionCode): CafVersion {
  const version = CAF_VERSIONS.find(v => v.code === code);
  // Only reachable from untyped callers that skipped isCafVersionCode.
  if (!version) {
    throw new RangeError(`Unknown CAF version: ${String(code)}`);
  }
  return version;
}

const versionOf = (version: CafVersion | CafVersionCode): CafVersion =>
  typeof version === 'string' ? getCafVersion(version) : version;

export function findSubCriterion(
  version: CafVersion | CafVersionCode,
  code: string,
): CafSubCriterion | undefined {
  for (const criterion of versionOf(version).criteria) {
    const found = criterion.subCriteria.find(sub => sub.code === code);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/** '1.1' … '9.2' in catalogue order. */
export const allSubCriterionCodes = (version: CafVersion | CafVersionCode): readonly string[] =>
  versionOf(version).criteria.flatMap(criterion => criterion.subCriteria.map(sub => sub.code));

/**
 * The criterion number (1–9) of a sub-criterion code such as '4.6'. All versions share the same
 * 28 codes, so CAF2020 is checked; an unknown code ('4.7', '10.1', 'x') is a RangeError.
 */
export function criterionOf(subCode: string): number {
  const sub = findSubCriterion(CAF_2020, subCode);
  if (!sub) {
    throw new RangeError(`Unknown CAF sub-criterion code: '${subCode}'`);
  }
  return sub.criterionNumber;
}

export function getScoringPanel(code: PanelCode): ScoringPanel {
  const panel = SCORING_PANELS.find(p => p.code === code);
  if (!panel) {
    throw new RangeError(`Unknown scoring panel: ${String(code)}`);
  }
  return panel;
}
