import type {
  CafCriterion,
  CafVersion,
  CafVersionCode,
  CriterionKind,
  LocalisedText,
} from './caf-catalogue.types';

/** [code, Polish name, English name] — codes are written out so the data can be checked by eye. */
export type SubCriterionRow = readonly [code: string, pl: string, en: string];

/** Criteria 1–5 are enablers and 6–9 results in every CAF version. */
export const kindOfCriterion = (criterionNumber: number): CriterionKind =>
  criterionNumber <= 5 ? 'ENABLER' : 'RESULT';

/** Freezes the whole tree so a consumer cannot mutate the shared catalogue by accident. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export function criterion(
  criterionNumber: number,
  name: LocalisedText,
  rows: readonly SubCriterionRow[],
): CafCriterion {
  return {
    number: criterionNumber,
    kind: kindOfCriterion(criterionNumber),
    name,
    subCriteria: rows.map(([code, pl, en]) => {
      // Fail at import time rather than let a typo such as '4.7' under criterion 5 reach the UI.
      if (!code.startsWith(`${criterionNumber}.`)) {
        throw new Error(`Sub-criterion ${code} listed under criterion ${criterionNumber}`);
      }
      return { code, criterionNumber, name: { pl, en } };
    }),
  };
}

export function defineVersion(
  code: CafVersionCode,
  year: number,
  name: LocalisedText,
  criteria: readonly CafCriterion[],
): CafVersion {
  return deepFreeze({ code, year, name, criteria });
}
