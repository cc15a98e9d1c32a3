/**
 * Events pulled but not yet handled, taken in batches of one district each: a batch is handled in
 * one transaction (one commit, then an ack each). Nothing is held back to fill a batch: a batch is
 * whatever of the district waited when a slot came free, so a quiet system handles events one by one.
 */
export class EventBatches<T> {
  private waiting: T[] = [];

  constructor(
    private readonly maxBatch: number,
    private readonly districtOf: (event: T) => string,
  ) {}

  get size(): number {
    return this.waiting.length;
  }

  push(event: T): void {
    this.waiting.push(event);
  }

  /** The oldest waiting event and the later ones of its district, in arrival order, at most maxBatch. */
  take(): T[] {
    if (this.waiting.length === 0) return [];
    const district = this.districtOf(this.waiting[0]);
    const batch: T[] = [];
    const rest: T[] = [];
    for (const event of this.waiting) (this.districtOf(event) === district && batch.length < this.maxBatch ? batch : rest).push(event);
    this.waiting = rest;
    return batch;
  }
}
