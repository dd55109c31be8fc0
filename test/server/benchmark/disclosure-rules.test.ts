import {
  groupSuppression,
  microaggregate,
  quartilesSuppression,
  suppressPartition,
  tailPercentilesSuppression,
} from '../../../server/src/benchmark/disclosure';

const cells = (...sizes: [string, number][]) => sizes.map(([value, n]) => ({ value, n }));

describe('suppressPartition (primary + complementary suppression)', () => {
  it('publishes every cell when none is below k', () => {
    expect([...suppressPartition(cells(['a', 5], ['b', 7]), 5)]).toEqual([]);
  });

  it('hides a small cell and, when it alone is below k, the smallest published cell with it', () => {
    const hidden = suppressPartition(cells(['a', 2], ['b', 9], ['c', 6]), 5);
    expect(Object.fromEntries(hidden)).toEqual({ a: 'BELOW_MIN_GROUP_SIZE', c: 'COMPLEMENTARY' });
  });

  it('needs no complementary cell when the small cells together reach k', () => {
    const hidden = suppressPartition(cells(['a', 2], ['b', 3], ['c', 6]), 5);
    expect(Object.fromEntries(hidden)).toEqual({
      a: 'BELOW_MIN_GROUP_SIZE',
      b: 'BELOW_MIN_GROUP_SIZE',
    });
  });

  it('picks the smallest published cell, ties broken by value, so every query hides the same one', () => {
    const hidden = suppressPartition(cells(['a', 1], ['z', 8], ['b', 8], ['c', 40]), 8);
    expect(Object.fromEntries(hidden)).toEqual({ a: 'BELOW_MIN_GROUP_SIZE', b: 'COMPLEMENTARY' });
  });

  it('never uses a k below 3', () => {
    expect(Object.fromEntries(suppressPartition(cells(['a', 2], ['b', 2]), 1))).toEqual({
      a: 'BELOW_MIN_GROUP_SIZE',
      b: 'BELOW_MIN_GROUP_SIZE',
    });
  });
});

describe('groupSuppression', () => {
  const counts = (n: number, extra: Partial<Parameters<typeof groupSuppression>[0]> = {}) => ({
    n,
    partitions: [],
    ancestors: [],
    known: 0,
    ...extra,
  });

  it.each([
    [4, 'BELOW_MIN_GROUP_SIZE'],
    [5, null],
  ])('with n = %i and k = 5 gives %s', (n, expected) => {
    expect(groupSuppression(counts(n), 5)).toBe(expected);
  });

  it('does not count offices the viewer already knows among the k − 1 unknown peers', () => {
    expect(groupSuppression(counts(6, { known: 2 }), 5)).toBe(null);
    expect(groupSuppression(counts(6, { known: 3 }), 5)).toBe('BELOW_MIN_GROUP_SIZE');
  });

  it('applies complementary suppression within the parent’s partition', () => {
    // parent = programme (8) split by type: rural 6, urban 2 — rural would expose the 2 urban.
    const partitions = [
      { ownValue: 'GMINA_WIEJSKA', cells: cells(['GMINA_WIEJSKA', 6], ['GMINA_MIEJSKA', 2]) },
    ];
    expect(groupSuppression(counts(6, { partitions }), 5)).toBe('COMPLEMENTARY');
  });

  it('suppresses a group 1 … k−1 offices smaller than any coarser group (differencing)', () => {
    expect(groupSuppression(counts(10, { ancestors: [40, 12] }), 5)).toBe('DIFFERENCING');
    expect(groupSuppression(counts(10, { ancestors: [40, 10, 15] }), 5)).toBe(null);
  });
});

describe('microaggregate', () => {
  it('replaces values by the mean of their block of at least k, keeping the order of the input', () => {
    expect(microaggregate([50, 10, 20, 40, 30, 60, 70], 3)).toEqual([55, 20, 20, 55, 20, 55, 55]);
  });
});

it('publishes quartiles from 10 offices and P10/P90 from 20', () => {
  expect(quartilesSuppression(9)).toBe('NEEDS_LARGER_GROUP');
  expect(quartilesSuppression(10)).toBeNull();
  expect(tailPercentilesSuppression(19)).toBe('NEEDS_LARGER_GROUP');
  expect(tailPercentilesSuppression(20)).toBeNull();
});
