import type { CafVersionCode } from '@caf/schema';
import type { PublishedStatistic } from '../disclosure';
import { describeKey } from './benchmark-text';
import type { BenchmarkStatistic } from './benchmark.types';

/** A statistic published by the disclosure gate, named for the API. */
export function toStatistic(
  published: PublishedStatistic,
  version: CafVersionCode | undefined,
): BenchmarkStatistic {
  const { name, kind } = describeKey(published.key, version);
  return { ...published, kind, name };
}
