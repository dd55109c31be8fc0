/** Latencies in milliseconds per request name, for load scripts that print percentiles. */
export type Latencies = number[];

export function recordLatency(into: Map<string, Latencies>, name: string, ms: number): void {
  const list = into.get(name) ?? [];
  list.push(ms);
  into.set(name, list);
}

/** The nearest-rank percentile (0 < p ≤ 1), rounded to 0.1 ms; '–' without samples. */
export function percentile(samples: Latencies | undefined, p: number): number | '–' {
  if (!samples?.length) {
    return '–';
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return (
    Math.round(10 * sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!) / 10
  );
}
