/** Latency summary of a sample in milliseconds (nearest-rank percentiles). */
export function summarize(samples: number[]): { count: number; p50: number; p90: number; p95: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p90: at(0.9), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
