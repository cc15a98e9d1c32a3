import type { NatsConnection } from '@nats-io/transport-node';
import type { Clock } from '@civicloop/clock';
import type { InProcessBroker } from '../in-process/in-process-broker';

/** What differs between the embedded and the distributed mode; the modules are the same in both. */
export interface ServiceRuntime {
  mode: 'embedded' | 'distributed';
  /** The app role: no superuser, no BYPASSRLS, owns nothing, so row-level security binds it. */
  databaseUrl: string;
  /** The owner role that runs migrations at start; unset when a release Job has migrated already. */
  migrationDatabaseUrl?: string;
  clock: Clock;
  /** Embedded: the broker hop inside this process. */
  broker?: InProcessBroker;
  /** Distributed: the NATS connection, and the monitoring URL the durability check reads. */
  nats?: { connection: NatsConnection; monitorUrl?: string; streamReplicas: number; ackWaitMs?: number; consumerSlots?: number };
  poolSize?: number;
}

export interface ServiceDefinition {
  /** Also the durable consumer name and the queue group: replicas of one service share both. */
  name: string;
  schema: string;
  entities: Array<new () => unknown>;
  migrations: Array<new () => unknown>;
}

export const SERVICE_RUNTIME = Symbol('ServiceRuntime');
export const SERVICE_DEFINITION = Symbol('ServiceDefinition');
