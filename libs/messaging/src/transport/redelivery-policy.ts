/** How often and how patiently an event is retried before it is dead-lettered. */
export interface RedeliveryPolicy {
  maxDeliveries: number;
  backoffMs(delivery: number): number;
}

export const DEFAULT_REDELIVERY: RedeliveryPolicy = {
  maxDeliveries: 8,
  backoffMs: (delivery) => Math.min(30_000, 250 * 2 ** (delivery - 1)),
};
