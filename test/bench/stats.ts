/** Small statistics for benchmark reports: figures, never pass/fail thresholds. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export interface Summary {
  median: number;
  p95: number;
  perSecond: number;
}

/** Latency samples in ms and the wall time of the whole run, as median, p95 and throughput. */
export function summarize(samples: readonly number[], totalMs: number): Summary {
  return {
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    perSecond: (samples.length / totalMs) * 1000,
  };
}

export function row(label: string, s: Summary): string {
  return `${label.padEnd(42)} median ${s.median.toFixed(2).padStart(7)} ms   p95 ${s.p95.toFixed(2).padStart(7)} ms   ${s.perSecond
    .toFixed(0)
    .padStart(6)} msg/s`;
}
