/**
 * What an attacker has learnt, as linear facts about the unknown scores of one (cycle, key): the
 * unknowns are the released scores of the cycle's offices, each within 0–100.
 */

/** The lowest and highest score of the CAF bands 0 = 0–10 … 5 = 91–100, as the API counts them. */
export const BAND_RANGES: readonly (readonly [number, number])[] = [
  [0, 10.5],
  [10.5, 30.5],
  [30.5, 50.5],
  [50.5, 70.5],
  [70.5, 90.5],
  [90.5, 100],
];

/** The sum of `key` over `members` lies within `halfWidth` of `sum`. */
export interface SumEvidence {
  cycle: number;
  key: string;
  members: readonly string[];
  sum: number;
  /** Worst case: rounding of the published value plus the declared noise bound. */
  halfWidth: number;
  /** For least squares: rounding as a uniform error plus the declared noise variance. */
  variance: number;
  /** Where it came from, for the report (the asked filters, or how it was derived). */
  source: string;
}

/** Of `members`, `counts[b]` have a score in band b (BAND_RANGES). */
export interface BandEvidence {
  cycle: number;
  key: string;
  members: readonly string[];
  counts: readonly number[];
  source: string;
}

export interface Evidence {
  sums: SumEvidence[];
  bands: BandEvidence[];
}

/** Scores the attacker knows by name (its own office's, its partners'), to one decimal. */
export class KnownScores {
  private readonly values = new Map<string, number>();

  /** Half the last published digit: a known score is itself rounded. */
  static readonly HALF_WIDTH = 0.05;

  set(cycle: number, key: string, officeId: string, score: number): void {
    this.values.set(`${cycle}|${key}|${officeId}`, score);
  }

  get(cycle: number, key: string, officeId: string): number | undefined {
    return this.values.get(`${cycle}|${key}|${officeId}`);
  }

  get size(): number {
    return this.values.size;
  }
}

/** Declared perturbation of a published mean: a hard bound and a typical deviation (sd). */
export interface DeclaredNoise {
  bound: number;
  sd: number;
}

export const NO_NOISE: DeclaredNoise = { bound: 0, sd: 0 };

/**
 * The sum behind a mean published to `decimals` decimals over n offices, with the declared noise
 * of that mean: the mean is within half a last digit plus the noise bound of the true one.
 */
export function sumFromMean(
  mean: number,
  n: number,
  noise: DeclaredNoise,
  decimals = 1,
): Pick<SumEvidence, 'sum' | 'halfWidth' | 'variance'> {
  const step = 10 ** -decimals;
  return {
    sum: n * mean,
    halfWidth: n * (step / 2 + noise.bound),
    variance: n * n * ((step * step) / 12 + noise.sd * noise.sd),
  };
}

/** The interval an attacker can pin one office's score to, and how. */
export interface Finding {
  cycle: number;
  key: string;
  officeId: string;
  lo: number;
  hi: number;
  method: 'lp' | 'pairs' | 'least-squares' | 'bands';
  /** The published statistics the interval rests on (a few sources). */
  evidence: string[];
}

export const width = (finding: Pick<Finding, 'lo' | 'hi'>): number => finding.hi - finding.lo;
