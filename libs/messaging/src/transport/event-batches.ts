/** An event waiting for its consumer, with the district it belongs to. */
export interface WaitingEvent {
  tenantId: string;
}

/**
 * Events pulled but not yet handled, taken in batches of one district each: a batch is handled in
 * one transaction (one commit, then an ack each). Nothing is held back to fill a batch: a batch is
 * whatever of the district waited when a slot came free, so a quiet system handles events one by one.
 */
export class EventBatches<T extends WaitingEvent> {
  private waiting: T[] = [];

  constructor(private readonly maxBatch: number) {}

  get size(): number {
    return this.waiting.length;
  }

  push(event: T): void {
    this.waiting.push(event);
  }

  /** The oldest waiting event and the later ones of its district, in arrival order, at most maxBatch. */
  take(): T[] {
    if (this.waiting.length === 0) return [];
    const tenantId = this.waiting[0].tenantId;
    const batch: T[] = [];
    const rest: T[] = [];
    for (const event of this.waiting) (event.tenantId === tenantId && batch.length < this.maxBatch ? batch : rest).push(event);
    this.waiting = rest;
    return batch;
  }
}
