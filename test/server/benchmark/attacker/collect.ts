import { allSubCriterionCodes, criterionOf } from '@caf/schema';
import type { PublishedGroup, PublishedStatistic } from './harvest';
import {
  type DeclaredNoise,
  type Evidence,
  NO_NOISE,
  type SumEvidence,
  sumFromMean,
} from './evidence';

const CRITERIA = Array.from({ length: 9 }, (_, i) => String(i + 1));
/** Sub-criterion codes per criterion: the same 28 codes in every CAF version. */
const SUB_CRITERIA = new Map(
  CRITERIA.map(c => [
    c,
    allSubCriterionCodes('2020').filter(code => String(criterionOf(code)) === c),
  ]),
);

/**
 * The linear facts in a harvest. Each published mean gives its group's sum; because a criterion
 * score is the mean of its sub-criteria and the CAF index the mean of the criteria, the sub-criterion
 * means of a group give its criterion sums again and its criterion means its index sum again —
 * independent roundings (and, with noise, independent perturbations) of the same sums. Band shares
 * give how many members lie in each CAF band.
 */
export function collectEvidence(
  groups: readonly PublishedGroup[],
  noiseOf: (statistic: PublishedStatistic) => DeclaredNoise = () => NO_NOISE,
  options: { bandCountsPerturbed?: boolean; noiseSharedAcrossKeys?: boolean } = {},
): Evidence {
  const evidence: Evidence = { sums: [], bands: [] };
  for (const group of groups) {
    const source = JSON.stringify(group.filters);
    const n = group.members.length;
    const byKey = new Map<string, SumEvidence>();
    for (const statistic of group.statistics) {
      if (statistic.mean === null || statistic.n !== n) {
        continue; // withheld, or not every member has this score: the members are not known
      }
      const sum: SumEvidence = {
        cycle: group.cycle,
        key: statistic.key,
        members: group.members,
        ...sumFromMean(statistic.mean, n, noiseOf(statistic)),
        source,
      };
      byKey.set(statistic.key, sum);
      evidence.sums.push(sum);
      // Perturbed band counts (p-table noise, ±3 per band) are not exact counts: the band
      // estimator assumes exact ones, so they are left out rather than used unsoundly.
      if (statistic.levelShares && !options.bandCountsPerturbed) {
        const counts = statistic.levelShares.map(({ share }) => Math.round(share * n));
        if (counts.reduce((a, b) => a + b, 0) === n) {
          evidence.bands.push({
            cycle: group.cycle,
            key: statistic.key,
            members: group.members,
            counts,
            source,
          });
        }
      }
    }
    const derive = (key: string, parts: SumEvidence[], how: string) => {
      evidence.sums.push({
        cycle: group.cycle,
        key,
        members: group.members,
        sum: parts.reduce((total, part) => total + part.sum, 0) / parts.length,
        halfWidth: parts.reduce((total, part) => total + part.halfWidth, 0) / parts.length,
        variance: parts.reduce((total, part) => total + part.variance, 0) / parts.length ** 2,
        source: `${source} ${how}`,
      });
    };
    // Where the keys of one group share most of their noise (docs/disclosure.md), a sum derived
    // from the other keys repeats the same draw: counting it as independent evidence would claim a
    // precision the attacker does not have.
    if (options.noiseSharedAcrossKeys) {
      continue;
    }
    for (const criterion of CRITERIA) {
      const subs = SUB_CRITERIA.get(criterion)!.map(code => byKey.get(code));
      if (subs.every(sum => sum !== undefined)) {
        derive(criterion, subs as SumEvidence[], `sub-criteria→${criterion}`);
      }
    }
    const criteria = CRITERIA.map(key => byKey.get(key));
    if (criteria.every(sum => sum !== undefined)) {
      derive('INDEX', criteria as SumEvidence[], 'criteria→INDEX');
    }
  }
  return evidence;
}
