import type { EventEnvelope } from '@civicloop/contracts';
import { systemContext, type TenantTransactions } from '@civicloop/persistence';
import { runEventBatch } from '../inbox/event-batch';

/**
 * Handles events of one district in one transaction, one after another: one commit for all
 * (docs/adr/0023). False if any handler threw: then nothing of the batch was kept, and the caller
 * handles each event again on its own, with its own redelivery and dead letter.
 */
export async function handledInOneTransaction(
  transactions: TenantTransactions,
  events: readonly EventEnvelope[],
  handle: (event: EventEnvelope) => Promise<void>,
): Promise<boolean> {
  const { tenantId, userId } = systemContext(events[0].tenantId);
  try {
    await transactions.runJoined(tenantId, userId, () =>
      runEventBatch(events, async () => {
        for (const event of events) await handle(event);
      }),
    );
    return true;
  } catch {
    return false;
  }
}
