import { Counter } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

// `subject` is a command subject or an event type, never a NATS subject with a tenant in it, and
// no label holds a tenant or request id: the series stay few whatever the number of districts.
const labelNames = ['service', 'subject'] as const;
const registers = [metricsRegistry];

const handled = new Counter({ name: 'civicloop_messages_handled_total', help: 'Commands and events handled successfully', labelNames, registers });
const failed = new Counter({ name: 'civicloop_messages_failed_total', help: 'Handler runs that threw (each is retried or dead-lettered)', labelNames, registers });
const redelivered = new Counter({ name: 'civicloop_messages_redelivered_total', help: 'Event deliveries after the first', labelNames, registers });
const deadLettered = new Counter({ name: 'civicloop_messages_dead_lettered_total', help: 'Events recorded as dead letters after their last delivery failed', labelNames, registers });

/** What the NATS and in-process transports count per service and subject. */
export const messageMetrics = {
  handled: (service: string, subject: string) => handled.inc({ service, subject }),
  failed: (service: string, subject: string) => failed.inc({ service, subject }),
  redelivered: (service: string, subject: string) => redelivered.inc({ service, subject }),
  deadLettered: (service: string, subject: string) => deadLettered.inc({ service, subject }),
};
