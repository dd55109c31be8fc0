import {
  BAND_RANGES,
  type BandEvidence,
  type Evidence,
  KnownScores,
  type SumEvidence,
} from './evidence';

/** A published sum over unknown offices only: known scores moved to the right-hand side. */
export interface Row {
  /** Indexes into Problem.unknowns. */
  members: number[];
  mask: bigint;
  sum: number;
  halfWidth: number;
  variance: number;
  source: string;
}

/** Everything known about one (cycle, key): rows over the unknown offices and their bounds. */
export interface Problem {
  cycle: number;
  key: string;
  unknowns: string[];
  rows: Row[];
  /** Per unknown: [lo, hi], 0–100 narrowed by band counts. */
  bounds: [number, number][];
  /** Per unknown: the band evidence that narrowed its bounds, if any. */
  boundSources: (string | null)[];
}

const KNOWN_VARIANCE = (2 * KnownScores.HALF_WIDTH) ** 2 / 12;

/** Splits the evidence by (cycle, key) and removes what the attacker knows by name. */
export function problems(evidence: Evidence, known: KnownScores): Problem[] {
  const byCell = new Map<string, { sums: SumEvidence[]; bands: BandEvidence[] }>();
  const cell = (cycle: number, key: string) => {
    const id = `${cycle}|${key}`;
    if (!byCell.has(id)) {
      byCell.set(id, { sums: [], bands: [] });
    }
    return byCell.get(id)!;
  };
  evidence.sums.forEach(sum => cell(sum.cycle, sum.key).sums.push(sum));
  evidence.bands.forEach(band => cell(band.cycle, band.key).bands.push(band));
  return [...byCell.values()]
    .filter(({ sums }) => sums.length > 0)
    .map(({ sums, bands }) => problemOf(sums, bands, known));
}

function problemOf(sums: SumEvidence[], bands: BandEvidence[], known: KnownScores): Problem {
  const { cycle, key } = sums[0]!;
  const isKnown = (office: string) => known.get(cycle, key, office) !== undefined;
  const unknowns = [...new Set(sums.flatMap(sum => sum.members))].filter(o => !isKnown(o)).sort();
  const index = new Map(unknowns.map((office, i) => [office, i]));
  const rows = sums.map(evidence => {
    const members = evidence.members.filter(o => !isKnown(o)).map(o => index.get(o)!);
    const knownCount = evidence.members.length - members.length;
    const knownSum = evidence.members
      .filter(isKnown)
      .reduce((total, office) => total + known.get(cycle, key, office)!, 0);
    return {
      members,
      mask: members.reduce((mask, i) => mask | (1n << BigInt(i)), 0n),
      sum: evidence.sum - knownSum,
      halfWidth: evidence.halfWidth + knownCount * KnownScores.HALF_WIDTH,
      variance: evidence.variance + knownCount * KNOWN_VARIANCE,
      source: evidence.source,
    };
  });
  const problem: Problem = {
    cycle,
    key,
    unknowns,
    rows,
    bounds: unknowns.map(() => [0, 100]),
    boundSources: unknowns.map(() => null),
  };
  narrowByBands(problem, bands, known);
  return problem;
}

const bandOf = (score: number): number | null => {
  const lo = score - KnownScores.HALF_WIDTH;
  const hi = score + KnownScores.HALF_WIDTH;
  const band = BAND_RANGES.findIndex(([from, to]) => lo >= from && hi <= to);
  return band < 0 ? null : band; // a rounded score on a band edge: its band is not known
};

/**
 * Band counts of a group — and of the difference of two nested groups — say which bands its
 * unknown members can be in: each is at least the lowest such band's floor and at most the
 * highest one's ceiling.
 */
function narrowByBands(problem: Problem, bands: BandEvidence[], known: KnownScores): void {
  const { cycle, key } = problem;
  const index = new Map(problem.unknowns.map((office, i) => [office, i]));
  const everyone = [...new Set(bands.flatMap(band => band.members))];
  const bit = new Map(everyone.map((office, i) => [office, 1n << BigInt(i)]));
  const maskOf = (members: Iterable<string>) => {
    let mask = 0n;
    for (const office of members) {
      mask |= bit.get(office)!;
    }
    return mask;
  };
  const sets = bands.map(band => ({
    mask: maskOf(band.members),
    size: band.members.length,
    counts: [...band.counts],
    source: band.source,
  }));
  for (const outer of [...sets]) {
    for (const inner of [...sets]) {
      if (inner.size < outer.size && (outer.mask & inner.mask) === inner.mask) {
        sets.push({
          mask: outer.mask & ~inner.mask,
          size: outer.size - inner.size,
          counts: outer.counts.map((count, b) => count - inner.counts[b]!),
          source: `${outer.source} minus ${inner.source}`,
        });
      }
    }
  }
  for (const set of sets) {
    const unknown: number[] = [];
    let usable = true;
    for (const office of everyone.filter(o => (set.mask & bit.get(o)!) !== 0n)) {
      const score = known.get(cycle, key, office);
      if (score === undefined) {
        unknown.push(index.get(office)!); // band members publish a mean, so they are in a row
        continue;
      }
      const band = bandOf(score);
      usable &&= band !== null;
      if (band !== null) {
        set.counts[band]! -= 1;
      }
    }
    const present = set.counts.flatMap((count, b) => (count > 0 ? [b] : []));
    if (!usable || unknown.length === 0 || present.length === 0) {
      continue;
    }
    const lo = BAND_RANGES[present[0]!]![0];
    const hi = BAND_RANGES[present[present.length - 1]!]![1];
    for (const i of unknown) {
      const [oldLo, oldHi] = problem.bounds[i]!;
      if (lo > oldLo || hi < oldHi) {
        problem.bounds[i] = [Math.max(lo, oldLo), Math.min(hi, oldHi)];
        problem.boundSources[i] = set.source;
      }
    }
  }
}
