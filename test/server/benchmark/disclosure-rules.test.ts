import {
  groupSuppression,
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
  it.each([
    [4, 'BELOW_MIN_GROUP_SIZE'],
    [5, null],
  ])('with n = %i and k = 5 gives %s', (n, expected) => {
    expect(groupSuppression(n, 5, [])).toBe(expected);
  });

  it('suppresses a group that differs from its parent by fewer than k offices (differencing)', () => {
    // parent = programme (8) ⊃ group = programme ∩ rural (6): the other 2 would be exposed.
    const partitions = [
      { ownValue: 'GMINA_WIEJSKA', cells: cells(['GMINA_WIEJSKA', 6], ['GMINA_MIEJSKA', 2]) },
    ];
    expect(groupSuppression(6, 5, partitions)).toBe('COMPLEMENTARY');
  });

  it('publishes a group whose difference to every parent is 0 or at least k', () => {
    const partitions = [
      { ownValue: 'in', cells: cells(['in', 6]) },
      { ownValue: '02', cells: cells(['02', 6], ['12', 5]) },
    ];
    expect(groupSuppression(6, 5, partitions)).toBeNull();
  });
});

it('publishes P10 and P90 only from 10 offices', () => {
  expect(tailPercentilesSuppression(9)).toBe('PERCENTILES_NEED_LARGER_GROUP');
  expect(tailPercentilesSuppression(10)).toBeNull();
});
