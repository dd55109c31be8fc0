import {
  CAF_2020,
  normaliseClassical0to5,
  normaliseFineTuned,
  SCORE_BANDS,
  type CafVersionCode,
  type ScoreScale,
  type ScoringScheme,
} from '@caf/schema';
import type { Prng } from './prng';

/** An office's latent quality-management maturity: where it starts and how fast it learns. */
export interface OfficeProfile {
  baseline: number;
  growthPerYear: number;
  /** Persistent strengths and weaknesses per criterion 1–9. */
  criterionBias: number[];
}

export interface SyntheticScore {
  subCriterionCode: string;
  criterionNumber: number;
  scale: ScoreScale;
  rawScore: number | null;
  pdcaPlan: number | null;
  pdcaDo: number | null;
  pdcaCheck: number | null;
  pdcaAct: number | null;
  trendScore: number | null;
  targetScore: number | null;
  normalised: number;
}

const FIRST_CYCLE = 2010;
const clamp = (value: number): number => Math.round(Math.min(100, Math.max(0, value)));

export function officeProfile(prng: Prng): OfficeProfile {
  return {
    baseline: prng.between(22, 55),
    growthPerYear: prng.between(0.6, 2.6),
    criterionBias: Array.from({ length: 9 }, () => prng.normal(0, 6)),
  };
}

/** The CAF version an office would have used in a given year. */
export function versionForYear(year: number): CafVersionCode {
  return year < 2013 ? '2006' : year <= 2020 ? '2013' : '2020';
}

export function schemeFor(version: CafVersionCode, prng: Prng): ScoringScheme {
  if (version === '2006') {
    return 'CLASSICAL_0_5';
  }
  return prng.chance(0.3) ? 'FINE_TUNED' : 'CLASSICAL_0_100';
}

const level0to5 = (score: number): number =>
  SCORE_BANDS.findIndex(([min, max]) => score >= min && score <= max);

/**
 * Plausible scores for one self-assessment: enablers grow with the office's maturity over the
 * years; results follow the enablers with a lag and more noise, so the two stay correlated.
 */
export function syntheticScores(
  profile: OfficeProfile,
  year: number,
  scheme: ScoringScheme,
  prng: Prng,
): SyntheticScore[] {
  const maturity = Math.min(88, profile.baseline + profile.growthPerYear * (year - FIRST_CYCLE));
  const enablerLevel = (criterion: number) => maturity + profile.criterionBias[criterion - 1]!;
  const enablerMean = [1, 2, 3, 4, 5].reduce((sum, c) => sum + enablerLevel(c), 0) / 5;
  return CAF_2020.criteria.flatMap(criterion =>
    criterion.subCriteria.map(sub => {
      const centre =
        criterion.kind === 'ENABLER'
          ? enablerLevel(criterion.number) + prng.normal(0, 5)
          : 0.85 * enablerMean -
            2 +
            profile.criterionBias[criterion.number - 1]! +
            prng.normal(0, 7);
      return scoreOnScale(sub.code, criterion.number, criterion.kind, clamp(centre), scheme, prng);
    }),
  );
}

function scoreOnScale(
  code: string,
  criterionNumber: number,
  kind: 'ENABLER' | 'RESULT',
  centre: number,
  scheme: ScoringScheme,
  prng: Prng,
): SyntheticScore {
  const empty = {
    pdcaPlan: null,
    pdcaDo: null,
    pdcaCheck: null,
    pdcaAct: null,
    trendScore: null,
    targetScore: null,
  };
  const base = { subCriterionCode: code, criterionNumber, ...empty };
  if (scheme === 'CLASSICAL_0_5') {
    const raw = level0to5(centre);
    return {
      ...base,
      scale: 'CLASSICAL_0_5',
      rawScore: raw,
      normalised: normaliseClassical0to5(raw),
    };
  }
  if (scheme === 'CLASSICAL_0_100') {
    return { ...base, scale: 'CLASSICAL_0_100', rawScore: centre, normalised: centre };
  }
  if (kind === 'ENABLER') {
    // Offices plan more than they check and act: the phases fall off along the cycle.
    const [plan, doo, check, act] = [6, 2, -3, -6].map(offset =>
      clamp(centre + offset + prng.normal(0, 3)),
    );
    const columns = [plan!, doo!, check!, act!];
    return {
      ...base,
      scale: 'FINE_TUNED_PDCA',
      rawScore: null,
      pdcaPlan: plan!,
      pdcaDo: doo!,
      pdcaCheck: check!,
      pdcaAct: act!,
      normalised: normaliseFineTuned(columns),
    };
  }
  const trend = clamp(centre + prng.normal(2, 4));
  const target = clamp(centre + prng.normal(-2, 4));
  return {
    ...base,
    scale: 'FINE_TUNED_TREND_TARGET',
    rawScore: null,
    trendScore: trend,
    targetScore: target,
    normalised: normaliseFineTuned([trend, target]),
  };
}
