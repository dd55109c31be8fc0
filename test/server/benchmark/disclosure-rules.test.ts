import {
  microaggregate,
  quartilesSuppression,
  tailPercentilesSuppression,
} from '../../../server/src/benchmark/disclosure';
import {
  decideGroupVerdicts,
  exposedOffices,
  groupKey,
  type LatticeOffice,
} from '../../../server/src/benchmark/group-lattice';
import { SCORE_UNITS } from '../../../server/src/benchmark/publication-rounding';

let next = 0;
/** A released office: rural gmina in 02 with 8,000 residents and 40 staff unless told otherwise. */
const office = (facts: Partial<LatticeOffice> = {}): LatticeOffice => ({
  officeId: `office-${String((next += 1)).padStart(3, '0')}`,
  voivodeshipCode: '02',
  jstType: 'GMINA_WIEJSKA',
  population: 8000,
  staffCount: 40,
  cafVersion: '2020',
  programmeIds: [],
  ...facts,
});
const many = (count: number, facts: Partial<LatticeOffice> = {}) =>
  Array.from({ length: count }, () => office(facts));

const verdictOf = (
  offices: LatticeOffice[],
  group: Record<string, string>,
  k = new Map<string, number>(),
) => decideGroupVerdicts(offices, k).find(v => v.groupKey === groupKey(group));

describe('decideGroupVerdicts', () => {
  it('publishes a group of k offices and withholds one of k − 1 (minimum group size)', () => {
    const offices = [
      ...many(5, { voivodeshipCode: '02' }),
      ...many(4, { voivodeshipCode: '12' }),
      ...many(9, { voivodeshipCode: '14' }),
      // A second small cell, so the hidden cells together reach k and need no complementary cell.
      ...many(2, { voivodeshipCode: '16' }),
    ];
    expect(verdictOf(offices, { voivodeshipCode: '02' })).toMatchObject({ n: 5, suppressed: null });
    expect(verdictOf(offices, { voivodeshipCode: '12' })).toMatchObject({
      n: 4,
      suppressed: 'BELOW_MIN_GROUP_SIZE',
    });
  });

  it('withholds the finer of two nested groups 1 … k−1 apart, also when nesting is a coincidence', () => {
    // All 6 urban-rural gminas have 20k+ residents; 7 offices have 20k+: the 7th is the one urban gmina.
    const offices = [
      ...many(6, { jstType: 'GMINA_MIEJSKO_WIEJSKA', population: 25_000 }),
      office({ jstType: 'GMINA_MIEJSKA', population: 30_000 }),
      ...many(12),
    ];
    expect(verdictOf(offices, { populationBand: 'FROM_20K_TO_50K' })).toMatchObject({
      n: 7,
      suppressed: null,
    });
    expect(verdictOf(offices, { jstType: 'GMINA_MIEJSKO_WIEJSKA' })).toMatchObject({
      n: 6,
      suppressed: 'DIFFERENCING',
    });
  });

  it('withholds the smallest published cell when the hidden cells of a partition cover fewer than k', () => {
    // By type: rural 9, urban-rural 6, urban 2. Total − rural − urban-rural would give the 2 urban.
    const offices = [
      ...many(9, { jstType: 'GMINA_WIEJSKA', voivodeshipCode: '02' }),
      ...many(6, { jstType: 'GMINA_MIEJSKO_WIEJSKA', voivodeshipCode: '12' }),
      ...many(2, { jstType: 'GMINA_MIEJSKA', voivodeshipCode: '14' }),
      ...many(20, { jstType: 'POWIAT', voivodeshipCode: '16' }),
    ];
    expect(verdictOf(offices, { jstType: 'GMINA_MIEJSKA' })).toMatchObject({
      suppressed: 'BELOW_MIN_GROUP_SIZE',
    });
    expect(verdictOf(offices, { jstType: 'GMINA_MIEJSKO_WIEJSKA' })?.suppressed).not.toBeNull();
    expect(verdictOf(offices, { jstType: 'POWIAT' })).toMatchObject({ suppressed: null });
  });

  it('takes the largest k of the programmes the members belong to', () => {
    const offices = [
      ...many(6, { programmeIds: ['strict'] }),
      ...many(6, { voivodeshipCode: '12' }),
    ];
    const k = new Map([['strict', 8]]);
    expect(verdictOf(offices, { voivodeshipCode: '02' }, k)).toMatchObject({
      n: 6,
      k: 8,
      suppressed: 'BELOW_MIN_GROUP_SIZE',
    });
    expect(verdictOf(offices, { voivodeshipCode: '12' }, k)).toMatchObject({ n: 6, k: 5 });
  });

  it('holds a programme’s groups to its own k, also below the default; other groups to 5', () => {
    // Two rural and two urban gminas in a programme with k = 3, seven of each outside; two of the
    // programme's offices and two others are in the 20k–50k band.
    const offices = [
      ...many(2, { programmeIds: ['small'], population: 30_000 }),
      ...many(2, { programmeIds: ['small'], jstType: 'GMINA_MIEJSKA' }),
      ...many(2, { population: 30_000 }),
      ...many(5),
      ...many(7, { jstType: 'GMINA_MIEJSKA' }),
    ];
    const k = new Map([['small', 3]]);
    expect(verdictOf(offices, { programmeId: 'small' }, k)).toMatchObject({
      n: 4,
      k: 3,
      suppressed: null,
    });
    expect(verdictOf(offices, { populationBand: 'FROM_20K_TO_50K' }, k)).toMatchObject({
      n: 4,
      k: 5,
      suppressed: 'BELOW_MIN_GROUP_SIZE',
    });
    // A member also in a programme with k = 6 takes its k into every group it is counted in.
    offices[0]!.programmeIds = ['small', 'strict'];
    k.set('strict', 6);
    expect(verdictOf(offices, { programmeId: 'small' }, k)).toMatchObject({
      n: 4,
      k: 6,
      suppressed: 'BELOW_MIN_GROUP_SIZE',
    });
  });

  it('withholds groups until no office follows from any sum of published groups (inclusion–exclusion)', () => {
    // 02: four 10-office cells of population × staff, 5 cities, and one small gmina with 300 staff.
    const offices = [
      ...many(10, { population: 3_000, staffCount: 20 }),
      ...many(10, { population: 3_000, staffCount: 50 }),
      ...many(10, { population: 8_000, staffCount: 20 }),
      ...many(10, { population: 8_000, staffCount: 50 }),
      ...many(5, { jstType: 'MIASTO_NA_PRAWACH_POWIATU', population: 150_000, staffCount: 900 }),
      office({ population: 3_000, staffCount: 300 }),
    ];
    const verdicts = decideGroupVerdicts(offices, new Map());
    const published = verdicts.filter(v => !v.suppressed);
    expect(published.length).toBeGreaterThan(3);
    expect(
      exposedOffices(
        published.map(v => membersBits(offices, v.groupKey)),
        offices.length,
      ),
    ).toEqual([]);
  });

  it('gives every name of the same set of offices the same verdict', () => {
    const offices = [
      ...many(5, { jstType: 'GMINA_WIEJSKA' }),
      office({ jstType: 'GMINA_MIEJSKA' }),
      ...many(6, { jstType: 'GMINA_MIEJSKO_WIEJSKA' }),
    ];
    const verdicts = decideGroupVerdicts(offices, new Map());
    const byMembers = new Map<bigint, Set<string | null>>();
    for (const verdict of verdicts) {
      const bits = membersBits(offices, verdict.groupKey);
      byMembers.set(
        bits,
        (byMembers.get(bits) ?? new Set()).add(verdict.suppressed === null ? null : 'withheld'),
      );
    }
    expect([...byMembers.values()].every(set => set.size === 1)).toBe(true);
  });

  it('leaves no published pair of nested groups 1 … k−1 apart, on a random register', () => {
    const random = (() => {
      let state = 7;
      return () => (state = (state * 48271) % 2147483647) / 2147483647;
    })();
    const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)]!;
    const offices = Array.from({ length: 60 }, () =>
      office({
        voivodeshipCode: pick(['02', '12', '18']),
        jstType: pick(['GMINA_WIEJSKA', 'GMINA_MIEJSKA', 'GMINA_MIEJSKO_WIEJSKA']),
        population: pick([3_000, 8_000, 30_000]),
        staffCount: pick([20, 50, 150]),
        programmeIds: random() < 0.4 ? ['p1'] : [],
      }),
    );
    const verdicts = decideGroupVerdicts(offices, new Map());
    const membersOf = (key: string) => {
      const filters = Object.fromEntries(
        key === '' ? [] : key.split('&').map(part => part.split('=')),
      );
      return offices
        .filter(o =>
          Object.entries(filters).every(([dimension, value]) => {
            switch (dimension) {
              case 'programmeId':
                return o.programmeIds.includes(value as string);
              case 'populationBand':
                return (
                  { UP_TO_5K: 3_000, FROM_5K_TO_20K: 8_000, FROM_20K_TO_50K: 30_000 }[
                    value as string
                  ] === o.population
                );
              case 'staffBand':
                return (
                  { UP_TO_25: 20, FROM_26_TO_75: 50, FROM_76_TO_200: 150 }[value as string] ===
                  o.staffCount
                );
              default:
                return (o as unknown as Record<string, string>)[dimension] === value;
            }
          }),
        )
        .map(o => o.officeId);
    };
    const published = verdicts.filter(v => !v.suppressed).map(v => new Set(membersOf(v.groupKey)));
    expect(published.length).toBeGreaterThan(10);
    for (const inner of published) {
      for (const outer of published) {
        if (outer.size > inner.size && [...inner].every(id => outer.has(id))) {
          expect(outer.size - inner.size).toBeGreaterThanOrEqual(5);
        }
      }
    }
  });
});

/** The members of a group key as a bit set over `offices` (same bands as the register uses). */
function membersBits(offices: LatticeOffice[], key: string): bigint {
  const filters = Object.fromEntries(key === '' ? [] : key.split('&').map(part => part.split('=')));
  const bands: Record<string, [number, number]> = {
    UP_TO_5K: [0, 4_999],
    FROM_5K_TO_20K: [5_000, 19_999],
    FROM_20K_TO_50K: [20_000, 49_999],
    FROM_50K_TO_100K: [50_000, 99_999],
    OVER_100K: [100_000, Infinity],
    UP_TO_25: [0, 25],
    FROM_26_TO_75: [26, 75],
    FROM_76_TO_200: [76, 200],
    OVER_200: [201, Infinity],
  };
  const inBand = (band: string, value: number) =>
    value >= bands[band]![0] && value <= bands[band]![1];
  return offices.reduce((bits, o, i) => {
    const member = Object.entries(filters).every(([dimension, value]) =>
      dimension === 'programmeId'
        ? o.programmeIds.includes(value as string)
        : dimension === 'populationBand'
          ? inBand(value as string, o.population)
          : dimension === 'staffBand'
            ? inBand(value as string, o.staffCount)
            : (o as unknown as Record<string, string>)[dimension] === value,
    );
    return member ? bits | (1n << BigInt(i)) : bits;
  }, 0n);
}

describe('microaggregate', () => {
  it('replaces values by the mean of their block of at least k, keeping the order of the input', () => {
    const units = (score: number) => BigInt(Math.round(score * SCORE_UNITS));
    expect(microaggregate([50, 10, 20, 40, 30, 60, 70].map(units), 3)).toEqual([
      55, 20, 20, 55, 20, 55, 55,
    ]);
    // Each block's mean is rounded half up from its exact sum.
    expect(microaggregate([56.2, 56.3, 56.25].map(units), 3)).toEqual([56.3, 56.3, 56.3]);
  });
});

it('publishes quartiles from 10 offices and P10/P90 from 20', () => {
  expect(quartilesSuppression(9)).toBe('NEEDS_LARGER_GROUP');
  expect(quartilesSuppression(10)).toBeNull();
  expect(tailPercentilesSuppression(19)).toBe('NEEDS_LARGER_GROUP');
  expect(tailPercentilesSuppression(20)).toBeNull();
});
