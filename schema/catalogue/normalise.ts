/**
 * Normalisation of raw CAF scores to one 0–100 number, used everywhere scores are compared or
 * aggregated (criterion means, benchmarks, charts).
 *
 * Rules:
 * - Classical 0–5: the centre of the 0–100 band that the level stands for, (min + max) / 2:
 *   0→5, 1→20.5, 2→40.5, 3→60.5, 4→80.5, 5→95.5. The centre, not the band floor or a linear
 *   ×20, because a 0–5 level only says "somewhere in this band"; the centre is the unbiased
 *   guess and keeps 0–5 and 0–100 assessments on one axis.
 * - Classical 0–100: the score itself (CAF asks for whole numbers only).
 * - Fine-tuned: the arithmetic mean of the column scores (P/D/C/A for enablers, trend/target for
 *   results), each a whole number 0–100, rounded to 2 decimals.
 *
 * Scores from different versions or scales remain only roughly comparable (docs/domain.md §1.6):
 * the rule makes them fit one axis, it does not make them equivalent.
 */
import { SCORE_BANDS } from './scoring-panels';

/** Fine-tuned panels have 4 columns (PDCA, enablers) or 2 (trends/targets, results). */
const FINE_TUNED_COLUMN_COUNTS: readonly number[] = [2, 4];

function assertIntegerInRange(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

export function normaliseClassical0to5(score: number): number {
  assertIntegerInRange(score, 0, 5, 'Classical 0–5 score');
  const [min, max] = SCORE_BANDS[score] as readonly [number, number];
  return (min + max) / 2;
}

export function normaliseClassical0to100(score: number): number {
  assertIntegerInRange(score, 0, 100, 'Classical 0–100 score');
  return score;
}

export function normaliseFineTuned(columns: readonly number[]): number {
  if (!FINE_TUNED_COLUMN_COUNTS.includes(columns.length)) {
    throw new RangeError(
      `Fine-tuned scoring needs 4 (PLAN/DO/CHECK/ACT) or 2 (TRENDS/TARGETS) column scores, got ${columns.length}`,
    );
  }
  columns.forEach((score, i) => assertIntegerInRange(score, 0, 100, `Fine-tuned column ${i + 1}`));
  const mean = columns.reduce((sum, score) => sum + score, 0) / columns.length;
  return Math.round(mean * 100) / 100;
}
