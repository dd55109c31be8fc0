import { sumNoiseBound, triangular, uniformOf, RECORD_KEY_MODULUS } from './noise';
import { effectiveK } from './rules';
import { meanInTenths, SCORE_UNITS, tenthsToNumber } from './rounding';

export interface DistributionValue {
  units: bigint;
  recordKey: bigint;
}

/**
 * Microaggregation (μ-ARGUS) with perturbation: the values sorted into consecutive blocks of at
 * least k, each value replaced by its block's mean, the block's sum perturbed like any cell (its
 * own member set, its own cell key) and rounded to one decimal — the shape of the distribution
 * without any single office's value. Returns one published value per input, in input order.
 */
export function perturbedBlocks(
  values: readonly DistributionValue[],
  k: number,
  noise: { noiseKey: string; cycleYear: number; stream: string },
): number[] {
  const threshold = effectiveK(k);
  const order = values
    .map((value, index) => ({ ...value, index }))
    .sort((a, b) => (a.units < b.units ? -1 : a.units > b.units ? 1 : 0));
  const result = new Array<number>(values.length);
  const blocks = Math.max(1, Math.floor(order.length / threshold));
  for (let b = 0; b < blocks; b += 1) {
    // The last block takes the remainder, so every block has at least k values.
    const block = order.slice(b * threshold, b === blocks - 1 ? order.length : (b + 1) * threshold);
    const sum = block.reduce((total, item) => total + item.units, 0n);
    const cellKey = block.reduce((total, item) => total + item.recordKey, 0n) % RECORD_KEY_MODULUS;
    const range = Number(block[block.length - 1]!.units - block[0]!.units) / SCORE_UNITS;
    const u = uniformOf(noise.noiseKey, noise.cycleYear, cellKey.toString(), noise.stream);
    const noiseUnits = BigInt(
      Math.round(sumNoiseBound(block.length, range) * triangular(u) * SCORE_UNITS),
    );
    const mean = Math.min(
      100,
      Math.max(0, tenthsToNumber(meanInTenths(sum + noiseUnits, block.length))),
    );
    block.forEach(item => (result[item.index] = mean));
  }
  return result;
}
