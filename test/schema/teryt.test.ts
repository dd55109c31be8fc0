import { terytProblem, type JstType } from '../../schema';

describe('terytProblem', () => {
  it.each<[JstType, string]>([
    ['WOJEWODZTWO', '02'],
    ['POWIAT', '0202'],
    ['MIASTO_NA_PRAWACH_POWIATU', '0264011'],
    ['GMINA_MIEJSKA', '0202021'],
    ['GMINA_WIEJSKA', '1205092'],
    ['GMINA_MIEJSKO_WIEJSKA', '0202073'],
  ])('accepts %s %s', (type, teryt) => {
    expect(terytProblem(teryt, type)).toBeNull();
  });

  it.each<[JstType, string, string]>([
    ['GMINA_WIEJSKA', '02O2042', 'NOT_DIGITS'],
    ['POWIAT', '020202', 'WRONG_LENGTH'],
    ['GMINA_MIEJSKA', '0102011', 'UNKNOWN_VOIVODESHIP'],
    ['GMINA_MIEJSKA', '0264011', 'POWIAT_OUT_OF_RANGE'],
    ['MIASTO_NA_PRAWACH_POWIATU', '0202011', 'POWIAT_OUT_OF_RANGE'],
    ['GMINA_WIEJSKA', '0202002', 'GMINA_NUMBER_ZERO'],
    ['GMINA_MIEJSKO_WIEJSKA', '0202074', 'TYPE_DIGIT_MISMATCH'],
  ])('rejects %s %s as %s', (type, teryt, problem) => {
    expect(terytProblem(teryt, type)).toBe(problem);
  });
});
