import type { JstType } from './enums';
import { VOIVODESHIP_CODES } from './voivodeships';

/**
 * TERYT TERC codes (GUS): WW voivodeship, WWPP powiat, WWPPGGR gmina (docs/domain.md §3.2).
 * PP 01–60 are powiats, 61–99 cities with county rights; R is the gmina type digit, and only
 * R ∈ {1,2,3} are offices — 4/5/8/9 are parts of a gmina, not JST.
 */
interface TerytShape {
  length: 2 | 4 | 7;
  countyRights?: boolean;
  typeDigit?: '1' | '2' | '3';
}

const SHAPE_BY_TYPE: Readonly<Record<JstType, TerytShape>> = {
  WOJEWODZTWO: { length: 2 },
  POWIAT: { length: 4, countyRights: false },
  MIASTO_NA_PRAWACH_POWIATU: { length: 7, countyRights: true, typeDigit: '1' },
  GMINA_MIEJSKA: { length: 7, countyRights: false, typeDigit: '1' },
  GMINA_WIEJSKA: { length: 7, countyRights: false, typeDigit: '2' },
  GMINA_MIEJSKO_WIEJSKA: { length: 7, countyRights: false, typeDigit: '3' },
};

export type TerytProblem =
  | 'NOT_DIGITS'
  | 'WRONG_LENGTH'
  | 'UNKNOWN_VOIVODESHIP'
  | 'POWIAT_OUT_OF_RANGE'
  | 'GMINA_NUMBER_ZERO'
  | 'TYPE_DIGIT_MISMATCH';

/** Returns why `teryt` is not a valid code for an office of `jstType`, or null when it is. */
export function terytProblem(teryt: string, jstType: JstType): TerytProblem | null {
  const shape = SHAPE_BY_TYPE[jstType];
  if (!/^\d+$/.test(teryt)) {
    return 'NOT_DIGITS';
  }
  if (teryt.length !== shape.length) {
    return 'WRONG_LENGTH';
  }
  if (!VOIVODESHIP_CODES.includes(teryt.slice(0, 2))) {
    return 'UNKNOWN_VOIVODESHIP';
  }
  if (shape.countyRights !== undefined) {
    const powiat = Number(teryt.slice(2, 4));
    const inRange = shape.countyRights ? powiat >= 61 : powiat >= 1 && powiat <= 60;
    if (!inRange) {
      return 'POWIAT_OUT_OF_RANGE';
    }
  }
  if (shape.length === 7 && teryt.slice(4, 6) === '00') {
    return 'GMINA_NUMBER_ZERO';
  }
  if (shape.typeDigit && teryt[6] !== shape.typeDigit) {
    return 'TYPE_DIGIT_MISMATCH';
  }
  return null;
}

export const voivodeshipCodeOf = (teryt: string): string => teryt.slice(0, 2);
