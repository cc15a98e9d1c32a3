/**
 * The full loop's ceiling from the same run's baselines: the lower of what the raw PostgreSQL
 * commit rate and the raw durable JetStream rate allow for the commits and events one loop costs.
 */
export interface CeilingInput {
  /** Raw row+outbox transactions per second (four round trips) at the loop's concurrency. */
  postgresPerSecond: number;
  commitsPerLoop: number;
  /** Raw durable JetStream publishes per second; absent in the embedded mode (no broker on disk). */
  jetStreamPerSecond?: number;
  eventsPerLoop: number;
}

export interface Ceiling {
  loopsPerSecond: number;
  limitedBy: 'postgresql' | 'jetstream';
  byPostgres: number;
  byJetStream: number | null;
}

export function loopCeiling(input: CeilingInput): Ceiling {
  const byPostgres = input.commitsPerLoop > 0 ? input.postgresPerSecond / input.commitsPerLoop : Infinity;
  const byJetStream = input.jetStreamPerSecond === undefined ? null : input.eventsPerLoop > 0 ? input.jetStreamPerSecond / input.eventsPerLoop : Infinity;
  if (byJetStream !== null && byJetStream < byPostgres) return { loopsPerSecond: byJetStream, limitedBy: 'jetstream', byPostgres, byJetStream };
  return { loopsPerSecond: byPostgres, limitedBy: 'postgresql', byPostgres, byJetStream };
}

/** The measured concurrency closest to the wanted one, by ratio (20 → 16, 256 → 32). */
export function nearestConcurrency(measured: number[], wanted: number): number {
  if (measured.length === 0) throw new Error('no concurrency was measured');
  const distance = (c: number) => Math.abs(Math.log(c / wanted));
  return measured.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

/** `part / whole` or null when there is no whole to compare with. */
export function ratio(part: number, whole: number | undefined | null): number | null {
  return whole && Number.isFinite(whole) && whole > 0 ? part / whole : null;
}
