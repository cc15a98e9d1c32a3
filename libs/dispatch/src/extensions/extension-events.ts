import type { Clock } from '@civicloop/clock';
import type { ActorContext, EventEnvelope, ExtensionChanged } from '@civicloop/contracts';
import { newEvent } from '@civicloop/messaging';
import type { Extension } from './extension.entity';

/** An event about an extension; its reason travels with every one, so the request's history can show it to the resident. */
export function extensionEvent(type: string, extension: Extension, context: ActorContext, clock: Clock, extra: Partial<ExtensionChanged> = {}): EventEnvelope<ExtensionChanged> {
  return newEvent<ExtensionChanged>(
    {
      type,
      aggregateId: extension.id,
      aggregateVersion: extension.version,
      data: {
        extensionId: extension.id,
        assignmentId: extension.assignmentId,
        requestId: extension.requestId,
        unitCode: extension.unitCode,
        attempt: extension.attempt,
        reason: extension.reason,
        requestedDeadline: extension.requestedDeadline.toISOString(),
        state: extension.state,
        decidedRole: (extension.decidedRole as ExtensionChanged['decidedRole']) ?? null,
        ...(extension.note ? { note: extension.note } : {}),
        ...extra,
      },
    },
    context,
    clock,
  );
}
