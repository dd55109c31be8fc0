import { type Evidence, type Finding, KnownScores, width } from './evidence';
import { lpIntervals } from './lp';
import { pairsIntervals } from './pairs';
import { problems } from './problem';

export interface AttackOptions {
  /** Keys to attack; the protection target is about INDEX and the criteria. */
  keys?: (key: string) => boolean;
}

/** INDEX and the nine criteria: the levels the protection target is stated for. */
export const CRITERION_LEVEL = (key: string): boolean => !key.includes('.');

/**
 * Everything `evidence` and the `known` scores give away: for every (cycle, key) and every office
 * the attacker does not know, the narrowest interval any estimator pins its score to — the band
 * counts, the pairs estimator (worst case and least squares) and linear programming.
 */
export async function attack(
  evidence: Evidence,
  known: KnownScores = new KnownScores(),
  { keys = CRITERION_LEVEL }: AttackOptions = {},
): Promise<Finding[]> {
  const narrowest = new Map<string, Finding>();
  const consider = (finding: Finding) => {
    const id = `${finding.cycle}|${finding.key}|${finding.officeId}`;
    const best = narrowest.get(id);
    if (!best || width(finding) < width(best) - 1e-9) {
      narrowest.set(id, finding);
    }
  };
  for (const problem of problems(evidence, known).filter(p => keys(p.key))) {
    problem.unknowns.forEach((officeId, i) => {
      const [lo, hi] = problem.bounds[i]!;
      if (problem.boundSources[i]) {
        const { cycle, key } = problem;
        consider({
          cycle,
          key,
          officeId,
          lo,
          hi,
          method: 'bands',
          evidence: [problem.boundSources[i]!],
        });
      }
    });
    pairsIntervals(problem).forEach(consider);
    (await lpIntervals(problem)).forEach(consider);
  }
  return [...narrowest.values()].sort((a, b) => width(a) - width(b));
}

/** One line per finding, for the test's log. */
export const describeFinding = (finding: Finding): string =>
  `${finding.cycle} ${finding.key.padEnd(5)} ${finding.officeId.slice(0, 8)} [${finding.lo.toFixed(2)}, ${finding.hi.toFixed(2)}] ` +
  `width ${width(finding).toFixed(2)} by ${finding.method}: ${finding.evidence.slice(0, 3).join(' | ')}`;
