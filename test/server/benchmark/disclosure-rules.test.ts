import { perturbedBlocks } from '../../../server/src/disclosure/distribution';
import {
  FILTER_KEYS,
  groupKey,
  type GroupFilters,
  POPULATION_BANDS,
  STAFF_BANDS,
} from '../../../server/src/disclosure/groups';
import {
  decideGroupVerdicts,
  type LatticeOffice,
  MAX_FILTERS_PER_GROUP,
} from '../../../server/src/disclosure/lattice';
import {
  accuracyTarget,
  countNoise,
  meanErrorStatement,
  quantileNoiseBound,
  RECORD_KEY_MODULUS,
  SUM_NOISE_CEILING,
  SUM_NOISE_FLOOR,
  sumNoiseBound,
  triangular,
  uniformOf,
} from '../../../server/src/disclosure/noise';
import { SCORE_UNITS } from '../../../server/src/disclosure/rounding';

/** A seeded generator (Park–Miller), so every run checks the same registers and cells. */
const seeded = (seed: number) => {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
};

/** Midpoints of a fine grid on [0, 1): integrals over u as plain averages. */
const GRID = Array.from({ length: 200_000 }, (_, i) => (i + 0.5) / 200_000);
const average = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('decideGroupVerdicts (the lattice of askable groups)', () => {
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
    group: GroupFilters,
    k = new Map<string, number>(),
  ) => decideGroupVerdicts(offices, k).find(v => v.groupKey === groupKey(group));

  it('publishes a group of k offices and withholds one of k − 1 (BELOW_MIN_GROUP_SIZE)', () => {
    const offices = [
      ...many(5, { voivodeshipCode: '02' }),
      ...many(4, { voivodeshipCode: '12' }),
      ...many(9, { voivodeshipCode: '14' }),
    ];
    expect(verdictOf(offices, { voivodeshipCode: '02' })).toMatchObject({
      n: 5,
      k: 5,
      suppressed: null,
    });
    expect(verdictOf(offices, { voivodeshipCode: '12' })).toMatchObject({
      n: 4,
      k: 5,
      suppressed: 'BELOW_MIN_GROUP_SIZE',
    });
  });

  it('publishes both of two nested groups one office apart (v1 withheld one for differencing)', () => {
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
      suppressed: null,
    });
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

  it('holds a programme’s groups to its own k, also lowered to 3; other groups to the default 5', () => {
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
    expect(verdictOf(offices, { programmeId: 'small', jstType: 'GMINA_MIEJSKA' }, k)).toMatchObject(
      { n: 2, k: 3, suppressed: 'BELOW_MIN_GROUP_SIZE' },
    );
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

  it('decides every askable group of ≤ 3 filters, with n and k by the rules, on a random register', () => {
    const random = seeded(7);
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    const offices = Array.from({ length: 80 }, () =>
      office({
        voivodeshipCode: pick(['02', '12', '18']),
        jstType: pick(['GMINA_WIEJSKA', 'GMINA_MIEJSKA', 'GMINA_MIEJSKO_WIEJSKA']),
        population: pick([3_000, 8_000, 30_000, 120_000]),
        staffCount: pick([20, 50, 150]),
        cafVersion: pick(['2013', '2020']),
        programmeIds: [
          ...(random() < 0.4 ? ['p3'] : []),
          ...(random() < 0.3 ? ['p5'] : []),
          ...(random() < 0.1 ? ['p7'] : []),
        ],
      }),
    );
    const programmeK = new Map([
      ['p3', 3],
      ['p5', 5],
      ['p7', 7],
    ]);
    const inBand = (band: readonly [number, number], value: number) =>
      value >= band[0] && value <= band[1];
    const has = (o: LatticeOffice, filters: GroupFilters) =>
      (!filters.programmeId || o.programmeIds.includes(filters.programmeId)) &&
      (!filters.voivodeshipCode || o.voivodeshipCode === filters.voivodeshipCode) &&
      (!filters.jstType || o.jstType === filters.jstType) &&
      (!filters.populationBand || inBand(POPULATION_BANDS[filters.populationBand], o.population)) &&
      (!filters.staffBand || inBand(STAFF_BANDS[filters.staffBand], o.staffCount)) &&
      (!filters.cafVersion || o.cafVersion === filters.cafVersion);
    const values: Record<(typeof FILTER_KEYS)[number], string[]> = {
      programmeId: [...programmeK.keys()],
      voivodeshipCode: ['02', '12', '18'],
      jstType: ['GMINA_WIEJSKA', 'GMINA_MIEJSKA', 'GMINA_MIEJSKO_WIEJSKA'],
      populationBand: Object.keys(POPULATION_BANDS),
      staffBand: Object.keys(STAFF_BANDS),
      cafVersion: ['2013', '2020'],
    };
    // Every combination of at most three filters, by brute force.
    const askable: GroupFilters[] = [];
    const walk = (from: number, filters: GroupFilters, depth: number) => {
      askable.push(filters);
      for (let d = from; depth < MAX_FILTERS_PER_GROUP && d < FILTER_KEYS.length; d += 1) {
        for (const value of values[FILTER_KEYS[d]!]) {
          walk(d + 1, { ...filters, [FILTER_KEYS[d]!]: value }, depth + 1);
        }
      }
    };
    walk(0, {}, 0);

    const verdicts = new Map(
      decideGroupVerdicts(offices, programmeK).map(verdict => [verdict.groupKey, verdict]),
    );
    const nonEmpty = askable.filter(filters => offices.some(o => has(o, filters)));
    expect(nonEmpty.length).toBeGreaterThan(300);
    expect(verdicts.size).toBe(nonEmpty.length);
    let published = 0;
    for (const filters of nonEmpty) {
      const members = offices.filter(o => has(o, filters));
      const base = filters.programmeId ? programmeK.get(filters.programmeId)! : 5;
      const k = Math.max(
        3,
        base,
        ...members.flatMap(o => o.programmeIds.map(id => programmeK.get(id)!)),
      );
      const expected = {
        n: members.length,
        k,
        suppressed: members.length < k ? 'BELOW_MIN_GROUP_SIZE' : null,
      };
      expect({ group: groupKey(filters), ...verdicts.get(groupKey(filters)) }).toEqual({
        group: groupKey(filters),
        groupKey: groupKey(filters),
        ...expected,
      });
      published += expected.suppressed === null ? 1 : 0;
    }
    // Nothing but group size withholds a group: every group of at least k offices is published.
    expect(published).toBeGreaterThan(100);
  });
});

describe('noise', () => {
  it('triangular: mean 0, variance 1/6, within ±1, increasing in u', () => {
    const draws = GRID.map(triangular);
    expect(Math.abs(average(draws))).toBeLessThan(1e-9);
    expect(average(draws.map(t => t * t))).toBeCloseTo(1 / 6, 6);
    expect(triangular(0)).toBe(-1);
    expect(triangular(1 - 2 ** -48)).toBeLessThanOrEqual(1);
    expect(triangular(1 - 2 ** -48)).toBeGreaterThan(0.9999);
    expect(draws.every((t, i) => Math.abs(t) <= 1 && (i === 0 || t > draws[i - 1]!))).toBe(true);
  });

  it('count p-table: every row a full, symmetric distribution — unbiased, at most ±3, never below 0', () => {
    for (let count = 0; count <= 12; count += 1) {
      const noises = GRID.map(u => countNoise(count, u));
      const mass = new Map<number, number>();
      noises.forEach(noise => mass.set(noise, (mass.get(noise) ?? 0) + 1 / GRID.length));
      // Symmetric mass on ±v: a row not summing to 1 would pile the rest onto its last value.
      for (const [noise, probability] of mass) {
        expect(Math.abs(probability - (mass.get(-noise) ?? 0))).toBeLessThan(1e-4);
        expect(Math.abs(noise) <= 3 && count + noise >= 0).toBe(true);
      }
      expect(Math.abs(average(noises))).toBeLessThan(1e-4);
      const variance = average(noises.map(noise => noise * noise));
      expect(variance).toBeLessThanOrEqual(1.9);
      expect(variance > 0).toBe(count > 0);
    }
  });

  it('uniformOf: deterministic, in [0, 1), a different value for every stream, cell, cycle and key', () => {
    const random = seeded(11);
    const cellKey = () => String(Math.floor(random() * 2 ** 50));
    const ck = cellKey();
    expect(uniformOf('secret', 2024, ck, 'sum|INDEX')).toBe(
      uniformOf('secret', 2024, ck, 'sum|INDEX'),
    );
    const variants = [
      uniformOf('secret', 2024, ck, 'sum|INDEX'),
      uniformOf('secret', 2024, ck, 'sum|3'),
      uniformOf('secret', 2024, ck, 'sum|shared'),
      uniformOf('secret', 2024, String(BigInt(ck) + 1n), 'sum|INDEX'),
      uniformOf('secret', 2023, ck, 'sum|INDEX'),
      uniformOf('another secret', 2024, ck, 'sum|INDEX'),
    ];
    expect(new Set(variants).size).toBe(variants.length);
    const draws = Array.from({ length: 5_000 }, () =>
      uniformOf('secret', 2024, cellKey(), 'q|5|0.5'),
    );
    expect(draws.every(u => u >= 0 && u < 1)).toBe(true);
    expect(new Set(draws).size).toBe(draws.length);
    // Uniform: each tenth of [0, 1) gets its share (expected 500, sd ≈ 21).
    for (let tenth = 0; tenth < 10; tenth += 1) {
      const inTenth = draws.filter(u => Math.floor(u * 10) === tenth).length;
      expect(Math.abs(inTenth - 500)).toBeLessThan(100);
    }
  });

  it('sumNoiseBound: the mean error M/n + 0.05 meets the accuracy target for every n and range', () => {
    const misses: object[] = [];
    for (let n = 3; n <= 3000; n += 1) {
      for (const range of [0, 10, 43.3, 50, 66.7, 100]) {
        const bound = sumNoiseBound(n, range);
        // The floor holds wherever the accuracy budget allows it; the ceiling always.
        const expected = Math.min(
          n * (accuracyTarget(n) - 0.1),
          Math.max(SUM_NOISE_FLOOR, 0.3 * range),
          SUM_NOISE_CEILING,
        );
        if (bound / n + 0.05 > accuracyTarget(n) + 1e-12 || Math.abs(bound - expected) > 1e-9) {
          misses.push({ n, range, bound });
        }
      }
    }
    expect(misses).toEqual([]);
    expect(accuracyTarget(19)).toBe(3);
    expect(accuracyTarget(20)).toBe(1);
    expect([SUM_NOISE_FLOOR, SUM_NOISE_CEILING]).toEqual([13, 20]);
    expect(sumNoiseBound(3, 100)).toBeCloseTo(8.7, 9); // too small for the floor: 3 × 2.9
    expect(sumNoiseBound(5, 0)).toBe(13); // floor, though the scores are all equal
    expect(sumNoiseBound(20, 100)).toBeCloseTo(18, 9); // 20 × 0.9
    expect(sumNoiseBound(50, 50)).toBe(15); // 30 % of the range
    expect(sumNoiseBound(2635, 100)).toBe(20); // ceiling: it does not shrink with n
  });

  it('states errors from n alone that cover the noise and meet the target', () => {
    const misses = Array.from({ length: 2998 }, (_, i) => i + 3).filter(n => {
      const { typical, max } = meanErrorStatement(n);
      return !(
        max <= accuracyTarget(n) &&
        max >= sumNoiseBound(n, 100) / n + 0.05 - 1e-12 &&
        typical <= max &&
        quantileNoiseBound(n) + 0.05 <= accuracyTarget(n)
      );
    });
    expect(misses).toEqual([]);
  });
});

describe('perturbedBlocks (the published distribution)', () => {
  const NOISE = { noiseKey: 'secret', cycleYear: 2024, stream: 'block|INDEX' };
  const units = (score: number) => BigInt(Math.round(score * SCORE_UNITS));
  const randomValues = (random: () => number, count: number) =>
    Array.from({ length: count }, () => ({
      units: units(Math.round(random() * 1000) / 10),
      recordKey:
        (BigInt(Math.floor(random() * 2 ** 30)) << 30n) | BigInt(Math.floor(random() * 2 ** 30)),
    }));

  /** Input indices by block: sorted by value, consecutive runs of k, the last taking the rest. */
  const blocksOf = (values: { units: bigint }[], k: number): number[][] => {
    const order = values
      .map((value, index) => ({ units: value.units, index }))
      .sort((a, b) => (a.units < b.units ? -1 : a.units > b.units ? 1 : a.index - b.index))
      .map(item => item.index);
    const count = Math.max(1, Math.floor(order.length / k));
    return Array.from({ length: count }, (_, b) =>
      order.slice(b * k, b === count - 1 ? order.length : (b + 1) * k),
    );
  };

  /** Every block shows one value; returns those values. */
  const blockValues = (published: number[], blocks: number[][]) =>
    blocks.map(block => {
      const value = published[block[0]!]!;
      expect(block.every(i => published[i] === value)).toBe(true);
      return value;
    });

  it('replaces every value by its block’s published mean, within the block’s bound of the true one', () => {
    const random = seeded(3);
    for (let round = 0; round < 300; round += 1) {
      const k = 3 + Math.floor(random() * 6);
      const values = randomValues(random, k + Math.floor(random() * 60));
      const published = perturbedBlocks(values, k, NOISE);
      expect(published).toHaveLength(values.length);
      const blocks = blocksOf(values, k);
      const means = blockValues(published, blocks);
      blocks.forEach((block, b) => {
        expect(block.length).toBeGreaterThanOrEqual(k);
        const mean = means[b]!;
        expect(Math.round(mean * 10)).toBe(mean * 10); // one decimal
        const scores = block.map(i => Number(values[i]!.units) / SCORE_UNITS);
        const trueMean = average(scores);
        const range = Math.max(...scores) - Math.min(...scores);
        expect(Math.abs(mean - trueMean)).toBeLessThanOrEqual(
          sumNoiseBound(block.length, range) / block.length + 0.05 + 1e-9,
        );
      });
    }
  });

  it('never makes blocks smaller than 3, whatever k it is given', () => {
    const values = randomValues(seeded(5), 9);
    blockValues(perturbedBlocks(values, 2, NOISE), blocksOf(values, 3));
  });

  it('draws a block’s noise from its members only: same input, same output; another key, other noise', () => {
    const values = randomValues(seeded(9), 12);
    const published = perturbedBlocks(values, 5, NOISE);
    expect(perturbedBlocks(values, 5, NOISE)).toEqual(published);
    // The same offices in another order: each keeps its value.
    const reversed = [...values].reverse();
    expect(perturbedBlocks(reversed, 5, NOISE)).toEqual([...published].reverse());
    // Another record key in the upper block changes its noise and leaves the lower block alone.
    const [lower, upper] = blocksOf(values, 5) as [number[], number[]];
    const changed = values.map((value, i) =>
      i === upper[0]
        ? { ...value, recordKey: (value.recordKey + 12345n) % RECORD_KEY_MODULUS }
        : value,
    );
    const after = perturbedBlocks(changed, 5, NOISE);
    expect(lower.map(i => after[i])).toEqual(lower.map(i => published[i]));
    expect(after[upper[0]!]).not.toBe(published[upper[0]!]);
  });
});
