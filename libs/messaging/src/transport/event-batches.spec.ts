import { EventBatches } from './event-batches';

const event = (tenantId: string, n: number) => ({ tenantId, n });
const batchesOf = (maxBatch: number) => new EventBatches<ReturnType<typeof event>>(maxBatch, (waiting) => waiting.tenantId);

describe('batches of waiting events', () => {
  it('takes the oldest event with the later ones of its district, in arrival order', () => {
    const batches = batchesOf(10);
    [event('a', 1), event('b', 2), event('a', 3), event('c', 4), event('a', 5)].forEach((e) => batches.push(e));
    expect(batches.take().map((e) => e.n)).toEqual([1, 3, 5]);
    expect(batches.take().map((e) => e.n)).toEqual([2]);
    expect(batches.take().map((e) => e.n)).toEqual([4]);
    expect(batches.take()).toEqual([]);
  });

  it('never takes more than the largest batch; the rest wait in order', () => {
    const batches = batchesOf(2);
    [1, 2, 3, 4, 5].forEach((n) => batches.push(event('a', n)));
    expect(batches.take().map((e) => e.n)).toEqual([1, 2]);
    expect(batches.size).toBe(3);
    expect(batches.take().map((e) => e.n)).toEqual([3, 4]);
    expect(batches.take().map((e) => e.n)).toEqual([5]);
  });

  it('hands out a lone event at once: nothing is held back to fill a batch', () => {
    const batches = batchesOf(32);
    batches.push(event('a', 1));
    expect(batches.take().map((e) => e.n)).toEqual([1]);
  });
});
