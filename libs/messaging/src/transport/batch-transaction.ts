import type { MessageHandler } from '@nestjs/microservices';
import type { EventEnvelope } from '@civicloop/contracts';
import { systemContext, type TenantTransactions } from '@civicloop/persistence';
import { messageMetrics, type TraceHeaderReader } from '@civicloop/telemetry';
import { runEventBatch } from '../inbox/event-batch';
import { handleEventUncounted } from './message-handling';

/** An event of a batch, how many times it has been delivered, and the headers it came with (NATS). */
export interface BatchMember {
  event: EventEnvelope;
  delivery: number;
  headers?: TraceHeaderReader;
}

/**
 * Handles events of one district in one transaction, one after another: one commit for all
 * (docs/adr/0023). False if any handler threw: then nothing of the batch was kept, and the caller
 * handles each event again on its own, with its own redelivery and dead letter. The batch's events
 * are counted once it commits, so a batch that rolls back is counted only by the passes that follow it.
 */
export async function handledInOneTransaction(
  transactions: TenantTransactions,
  service: string,
  members: readonly BatchMember[],
  handlerFor: (event: EventEnvelope) => MessageHandler,
): Promise<boolean> {
  const { tenantId, userId } = systemContext(members[0].event.tenantId);
  try {
    await transactions.runJoined(tenantId, userId, () =>
      runEventBatch(
        members.map((member) => member.event),
        async () => {
          for (const { event, delivery, headers } of members) await handleEventUncounted(service, handlerFor(event), event, delivery, headers);
        },
      ),
    );
  } catch {
    return false;
  }
  for (const { event, delivery } of members) {
    if (delivery > 1) messageMetrics.redelivered(service, event.type);
    messageMetrics.handled(service, event.type);
  }
  return true;
}
