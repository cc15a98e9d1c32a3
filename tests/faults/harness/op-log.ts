/**
 * What the client attempted and what it was told, one record per command. The outcome is the
 * client's knowledge, not the system's state: "unknown" means every attempt timed out, lost its
 * connection or got a 5xx, so the effect may or may not exist — exactly what the checker must allow.
 */
export type OpKind = 'register' | 'sign' | 'reply' | 'callback';
export type Outcome = 'ok' | 'failed' | 'unknown';

export interface OpRecord {
  loop: number;
  kind: OpKind;
  /** The Idempotency-Key every attempt of this command carried. */
  key: string;
  attempts: number;
  outcome: Outcome;
  /** The last HTTP status seen (none when every attempt failed before an answer). */
  status?: number;
  /** The error body's code for a 4xx (e.g. conflict, stale-version), or the last transport error. */
  detail?: string;
  startedAt: number;
  endedAt?: number;
}

export class OpLog {
  readonly records: OpRecord[] = [];

  begin(loop: number, kind: OpKind, key: string): OpRecord {
    const record: OpRecord = { loop, kind, key, attempts: 0, outcome: 'unknown', startedAt: Date.now() };
    this.records.push(record);
    return record;
  }

  of(loop: number, kind: OpKind): OpRecord | undefined {
    return this.records.find((record) => record.loop === loop && record.kind === kind);
  }

  count(outcome?: Outcome): number {
    return outcome ? this.records.filter((record) => record.outcome === outcome).length : this.records.length;
  }

  /** Commands that needed more than one attempt (an unknown outcome retried with the same key). */
  retried(): number {
    return this.records.filter((record) => record.attempts > 1).length;
  }

  /** The first command acknowledged at or after `since` (its answer came after that moment). */
  firstSuccessAfter(since: number): number | undefined {
    const times = this.records.filter((record) => record.outcome === 'ok' && (record.endedAt ?? 0) >= since).map((record) => record.endedAt!);
    return times.length ? Math.min(...times) : undefined;
  }

  /** Failed commands by kind and answer, e.g. "sign 409 conflict ×2": what a 4xx meant here. */
  failures(): string[] {
    const counts = new Map<string, number>();
    for (const record of this.records.filter((r) => r.outcome === 'failed')) {
      const label = `${record.kind} ${record.status} ${record.detail ?? ''}`.trim();
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return [...counts].map(([label, n]) => `${label} ×${n}`);
  }
}
