import {
  allSubCriterionCodes,
  CAF_VERSIONS,
  type CafVersionCode,
  criterionOf,
  findSubCriterion,
  getCafVersion,
  getScoringPanel,
  isCafVersionCode,
  normaliseClassical0to5,
  normaliseClassical0to100,
  normaliseFineTuned,
  SCORING_PANELS,
} from '../../schema/catalogue';

const SUB_CRITERIA_PER_CRITERION = [4, 4, 3, 6, 3, 2, 2, 2, 2];
const VERSION_CODES: CafVersionCode[] = ['2006', '2013', '2020'];

describe('CAF versions', () => {
  it('lists the three versions, newest first', () => {
    expect(CAF_VERSIONS.map(v => v.code)).toEqual(['2020', '2013', '2006']);
    expect(CAF_VERSIONS.map(v => v.year)).toEqual([2020, 2013, 2006]);
  });

  describe.each(VERSION_CODES)('CAF %s', code => {
    const version = getCafVersion(code);
    const subCriteria = version.criteria.flatMap(c => c.subCriteria);

    it('has criteria 1–9 in order with 4+4+3+6+3+2+2+2+2 sub-criteria', () => {
      expect(version.criteria.map(c => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(version.criteria.map(c => c.subCriteria.length)).toEqual(SUB_CRITERIA_PER_CRITERION);
    });

    it('has 28 unique sub-criterion codes numbered within their criterion', () => {
      expect(subCriteria).toHaveLength(28);
      expect(new Set(subCriteria.map(s => s.code)).size).toBe(28);
      version.criteria.forEach(criterion =>
        criterion.subCriteria.forEach((sub, i) => {
          expect(sub.code).toBe(`${criterion.number}.${i + 1}`);
          expect(sub.criterionNumber).toBe(criterion.number);
        }),
      );
    });

    it('marks criteria 1–5 as enablers and 6–9 as results', () => {
      expect(version.criteria.map(c => c.kind)).toEqual([
        ...Array<string>(5).fill('ENABLER'),
        ...Array<string>(4).fill('RESULT'),
      ]);
    });

    it('has non-empty, trimmed Polish and English names everywhere', () => {
      const names = [
        version.name,
        ...version.criteria.map(c => c.name),
        ...subCriteria.map(s => s.name),
      ];
      names.forEach(name => {
        expect(name.pl.trim()).not.toBe('');
        expect(name.en.trim()).not.toBe('');
        expect(name.pl).toBe(name.pl.trim());
        expect(name.en).toBe(name.en.trim());
      });
    });

    it('is frozen so consumers cannot mutate the shared catalogue', () => {
      expect(Object.isFrozen(version)).toBe(true);
      expect(Object.isFrozen(version.criteria[0]?.subCriteria[0]?.name)).toBe(true);
    });
  });

  it('uses the same 28 codes in every version, so scores map 1:1 by code', () => {
    const [first, ...rest] = VERSION_CODES.map(allSubCriterionCodes);
    rest.forEach(codes => expect(codes).toEqual(first));
  });

  it('names criterion 8 "Society results" only in CAF 2006', () => {
    expect(getCafVersion('2006').criteria[7]?.name).toEqual({
      pl: 'Społeczne wyniki działalności',
      en: 'Society results',
    });
    expect(getCafVersion('2020').criteria[7]?.name.en).toBe('Social Responsibility Results');
  });
});

describe('catalogue helpers', () => {
  it('finds a sub-criterion by version object or code', () => {
    expect(findSubCriterion('2020', '4.2')?.name.en).toBe(
      'Collaborate with citizens and civil society organisations',
    );
    expect(findSubCriterion(getCafVersion('2013'), '4.2')?.criterionNumber).toBe(4);
  });

  it.each(['4.7', '0.1', '10.1', '', '1'])('returns undefined for absent code %p', code => {
    expect(findSubCriterion('2020', code)).toBeUndefined();
  });

  it('lists all 28 codes in catalogue order', () => {
    const codes = allSubCriterionCodes('2020');
    expect(codes).toHaveLength(28);
    expect(codes[0]).toBe('1.1');
    expect(codes[27]).toBe('9.2');
  });

  it.each([
    ['1.1', 1],
    ['4.6', 4],
    ['5.3', 5],
    ['9.2', 9],
  ])('criterionOf(%p) is %p', (code, expected) => {
    expect(criterionOf(code)).toBe(expected);
  });

  it.each(['4.7', '3.4', '10.1', 'x', ''])('criterionOf(%p) throws a RangeError', code => {
    expect(() => criterionOf(code)).toThrow(RangeError);
  });

  it('recognises version codes and rejects unknown ones', () => {
    expect(isCafVersionCode('2013')).toBe(true);
    expect(isCafVersionCode('2002')).toBe(false);
    expect(() => getCafVersion('2002' as CafVersionCode)).toThrow(RangeError);
  });
});

describe('scoring panels', () => {
  it('has the four panels with the right kinds and columns', () => {
    expect(SCORING_PANELS.map(p => [p.code, p.kind, p.columns.map(c => c.code)])).toEqual([
      ['CLASSICAL_ENABLERS', 'ENABLER', ['CLASSICAL']],
      ['CLASSICAL_RESULTS', 'RESULT', ['CLASSICAL']],
      ['FINE_TUNED_ENABLERS', 'ENABLER', ['PLAN', 'DO', 'CHECK', 'ACT']],
      ['FINE_TUNED_RESULTS', 'RESULT', ['TRENDS', 'TARGETS']],
    ]);
  });

  const columns = SCORING_PANELS.flatMap(panel =>
    panel.columns.map(column => [`${panel.code}/${column.code}`, column] as const),
  );

  it.each(columns)('%s has six contiguous bands covering 0–100', (_label, column) => {
    expect(column.levels).toHaveLength(6);
    expect(column.levels[0]?.min).toBe(0);
    expect(column.levels.at(-1)?.max).toBe(100);
    column.levels.forEach((level, i) => {
      expect(level.min).toBeLessThanOrEqual(level.max);
      if (i > 0) {
        expect(level.min).toBe((column.levels[i - 1]?.max ?? NaN) + 1);
      }
      expect(level.description.pl.trim()).not.toBe('');
      expect(level.description.en.trim()).not.toBe('');
    });
    expect(column.name.pl.trim()).not.toBe('');
    expect(column.name.en.trim()).not.toBe('');
  });

  it('numbers classical levels 0–5 and gives enabler levels their PDCA phase', () => {
    const enablers = getScoringPanel('CLASSICAL_ENABLERS').columns[0]?.levels ?? [];
    expect(enablers.map(l => l.score0to5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(enablers.map(l => l.phase)).toEqual([undefined, 'PLAN', 'DO', 'CHECK', 'ACT', 'PDCA']);
    const results = getScoringPanel('CLASSICAL_RESULTS').columns[0]?.levels ?? [];
    expect(results.map(l => l.score0to5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.every(l => l.phase === undefined)).toBe(true);
  });

  it('gives fine-tuned levels no 0–5 score', () => {
    const fineTuned = SCORING_PANELS.filter(p => p.code.startsWith('FINE_TUNED'));
    fineTuned.forEach(panel =>
      panel.columns.forEach(column =>
        column.levels.forEach(level => expect(level.score0to5).toBeUndefined()),
      ),
    );
  });
});

describe('normalisation', () => {
  test.each([
    [0, 5],
    [1, 20.5],
    [2, 40.5],
    [3, 60.5],
    [4, 80.5],
    [5, 95.5],
  ])('classical 0–5 score %p → %p (band centre)', (score, expected) => {
    expect(normaliseClassical0to5(score)).toBe(expected);
  });

  test.each([-1, 6, 2.5, NaN, Infinity])('classical 0–5 rejects %p', score => {
    expect(() => normaliseClassical0to5(score)).toThrow(RangeError);
  });

  test.each([0, 1, 55, 100])('classical 0–100 score %p is kept', score => {
    expect(normaliseClassical0to100(score)).toBe(score);
  });

  test.each([-1, 101, 50.5, NaN])('classical 0–100 rejects %p', score => {
    expect(() => normaliseClassical0to100(score)).toThrow(RangeError);
  });

  test.each([
    [[60, 70, 40, 20], 47.5],
    [[0, 0, 0, 0], 0],
    [[100, 100, 100, 100], 100],
    [[61, 70, 41, 21], 48.25],
    [[55, 70], 62.5],
    [[33, 34], 33.5],
  ])('fine-tuned %p → %p (mean)', (columns, expected) => {
    expect(normaliseFineTuned(columns)).toBe(expected);
  });

  test.each([
    [[]],
    [[50]],
    [[50, 50, 50]],
    [[50, 50, 50, 50, 50]],
    [[50, 101]],
    [[50, -1, 20, 30]],
    [[50, 49.5]],
  ])('fine-tuned rejects %p', columns => {
    expect(() => normaliseFineTuned(columns)).toThrow(RangeError);
  });

  it('explains what was wrong', () => {
    expect(() => normaliseClassical0to5(7)).toThrow('Classical 0–5 score must be a whole number');
    expect(() => normaliseFineTuned([1, 2, 3])).toThrow('got 3');
  });
});
