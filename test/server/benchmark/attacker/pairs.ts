import type { Finding } from './evidence';
import type { Problem, Row } from './problem';

/** Pairs of published sums whose members differ by at most this many unknown offices. */
export const MAX_DIFFERENCE = 3;
/** Two-sided 95 % interval of an estimate. */
const Z95 = 1.96;

const popcountUpTo = (bits: bigint, limit: number): number => {
  let count = 0;
  for (let rest = bits; rest && count <= limit; rest &= rest - 1n) {
    count += 1;
  }
  return count;
};

const bitsOf = (mask: bigint): number[] => {
  const bits: number[] = [];
  for (let i = 0, rest = mask; rest; i += 1, rest >>= 1n) {
    if (rest & 1n) {
      bits.push(i);
    }
  }
  return bits;
};

/** Σ plus − Σ minus lies within halfWidth of value; least squares estimates it with variance. */
interface Difference {
  plus: number[];
  minus: number[];
  value: number;
  halfWidth: number;
  estimate: number;
  variance: number;
  sources: string[];
}

/**
 * The pairs estimator: the difference of two published sums whose unknown members differ by at
 * most MAX_DIFFERENCE offices (the empty set, sum 0, is one of the "sums": a group whose other
 * members are all known). A difference of one office estimates it: repeated estimates are averaged
 * with inverse-variance weights (least squares), giving estimate ± 1.96 se; their worst-case
 * intervals are intersected. Differences of two or three offices narrow each one's interval
 * given the others' current intervals (two rounds of propagation).
 */
export function pairsIntervals(problem: Problem): Finding[] {
  const differences = closeDifferences(problem.rows);
  const bounds = problem.bounds.map(([lo, hi]) => [lo, hi] as [number, number]);
  const pairSources: string[][] = problem.unknowns.map(() => []);
  const weighted = problem.unknowns.map(() => ({
    weight: 0,
    total: 0,
    count: 0,
    exact: null as number | null,
    sources: [] as string[],
  }));
  for (const difference of differences.filter(d => d.plus.length + d.minus.length === 1)) {
    const [office, sign] = difference.plus.length
      ? [difference.plus[0]!, 1]
      : [difference.minus[0]!, -1];
    const worst = sign * difference.value;
    narrow(
      bounds,
      office,
      worst - difference.halfWidth,
      worst + difference.halfWidth,
      pairSources,
      difference.sources,
    );
    const estimate = sign * difference.estimate;
    const acc = weighted[office]!;
    acc.count += 1;
    if (acc.sources.length < 4) {
      acc.sources.push(...difference.sources);
    }
    if (difference.variance === 0) {
      acc.exact = estimate;
    } else {
      acc.weight += 1 / difference.variance;
      acc.total += estimate / difference.variance;
    }
  }
  for (let round = 0; round < 2; round += 1) {
    for (const difference of differences.filter(d => d.plus.length + d.minus.length > 1)) {
      propagate(bounds, difference, pairSources);
    }
  }
  const findings: Finding[] = [];
  problem.unknowns.forEach((officeId, i) => {
    const base = { cycle: problem.cycle, key: problem.key, officeId };
    if (pairSources[i]!.length > 0) {
      const [lo, hi] = bounds[i]!;
      findings.push({ ...base, lo, hi, method: 'pairs', evidence: pairSources[i]!.slice(0, 4) });
    }
    const acc = weighted[i]!;
    if (acc.count > 0) {
      const estimate = acc.exact ?? acc.total / acc.weight;
      const margin = acc.exact !== null ? 0 : Z95 / Math.sqrt(acc.weight);
      findings.push({
        ...base,
        lo: Math.max(0, estimate - margin),
        hi: Math.min(100, estimate + margin),
        method: 'least-squares',
        evidence: [`${acc.count} isolating pairs`, ...acc.sources.slice(0, 4)],
      });
    }
  });
  return findings;
}

function narrow(
  bounds: [number, number][],
  office: number,
  lo: number,
  hi: number,
  sources: string[][],
  why: string[],
): void {
  const [oldLo, oldHi] = bounds[office]!;
  if (lo > oldLo + 1e-9 || hi < oldHi - 1e-9) {
    bounds[office] = [Math.max(lo, oldLo), Math.min(hi, oldHi)];
    sources[office] = why;
  }
}

/** Each office of a difference, given the others' intervals. */
function propagate(bounds: [number, number][], difference: Difference, sources: string[][]): void {
  const terms = [
    ...difference.plus.map(office => ({ office, sign: 1 })),
    ...difference.minus.map(office => ({ office, sign: -1 })),
  ];
  for (const { office, sign } of terms) {
    let lo = difference.value - difference.halfWidth;
    let hi = difference.value + difference.halfWidth;
    for (const other of terms.filter(term => term.office !== office)) {
      const [otherLo, otherHi] = bounds[other.office]!;
      // sign·x = value − Σ other.sign·other
      lo -= other.sign > 0 ? otherHi : -otherLo;
      hi -= other.sign > 0 ? otherLo : -otherHi;
    }
    const [xLo, xHi] = sign > 0 ? [lo, hi] : [-hi, -lo];
    narrow(bounds, office, xLo, xHi, sources, difference.sources);
  }
}

/** Rows merged per member set, then every pair of sets at most MAX_DIFFERENCE apart. */
function closeDifferences(rows: readonly Row[]): Difference[] {
  const sets = mergeBySet(rows);
  sets.push({
    mask: 0n,
    size: 0,
    lo: 0,
    hi: 0,
    mean: 0,
    variance: 0,
    sources: ['(known offices only)'],
  });
  sets.sort((a, b) => a.size - b.size);
  const differences: Difference[] = [];
  for (let i = 0; i < sets.length; i += 1) {
    const a = sets[i]!;
    for (let j = i + 1; j < sets.length && sets[j]!.size - a.size <= MAX_DIFFERENCE; j += 1) {
      const b = sets[j]!;
      if (popcountUpTo(a.mask ^ b.mask, MAX_DIFFERENCE) > MAX_DIFFERENCE) {
        continue;
      }
      // b − a = Σ (b \ a) − Σ (a \ b)
      differences.push({
        plus: bitsOf(b.mask & ~a.mask),
        minus: bitsOf(a.mask & ~b.mask),
        value: (b.lo + b.hi) / 2 - (a.lo + a.hi) / 2,
        halfWidth: (b.hi - b.lo) / 2 + (a.hi - a.lo) / 2,
        estimate: b.mean - a.mean,
        variance: b.variance + a.variance,
        sources: [...b.sources.slice(0, 1), ...a.sources.slice(0, 1)],
      });
    }
  }
  return differences;
}

interface MemberSet {
  mask: bigint;
  size: number;
  /** Worst case: the intersection of every row's interval. */
  lo: number;
  hi: number;
  /** Least squares: the inverse-variance mean of the distinct published values. */
  mean: number;
  variance: number;
  sources: string[];
}

function mergeBySet(rows: readonly Row[]): MemberSet[] {
  const sets = new Map<
    bigint,
    MemberSet & { weight: number; total: number; values: Set<number> }
  >();
  for (const row of rows) {
    let set = sets.get(row.mask);
    if (!set) {
      set = {
        mask: row.mask,
        size: row.members.length,
        lo: -Infinity,
        hi: Infinity,
        mean: 0,
        variance: 0,
        sources: [],
        weight: 0,
        total: 0,
        values: new Set(),
      };
      sets.set(row.mask, set);
    }
    set.lo = Math.max(set.lo, row.sum - row.halfWidth);
    set.hi = Math.min(set.hi, row.sum + row.halfWidth);
    set.sources.push(row.source);
    const value = Math.round(row.sum * 1e6) / 1e6; // the same number asked twice is one piece of evidence
    if (row.variance > 0 && !set.values.has(value)) {
      set.values.add(value);
      set.weight += 1 / row.variance;
      set.total += row.sum / row.variance;
    }
  }
  for (const set of sets.values()) {
    if (set.lo > set.hi + 1e-9) {
      throw new Error(
        `Published values contradict each other (more noise than declared?): ${set.sources.join('; ')}`,
      );
    }
  }
  return [...sets.values()].map(({ weight, total, values: _values, ...set }) => ({
    ...set,
    mean: weight > 0 ? total / weight : (set.lo + set.hi) / 2,
    variance: weight > 0 ? 1 / weight : 0,
  }));
}
