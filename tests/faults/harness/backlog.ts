import { setTimeout as sleep } from 'node:timers/promises';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { withClient } from '../../support/stack/test-database';

export const SERVICE_SCHEMAS = ['intake', 'dispatch', 'feedback', 'reporting'] as const;

/** Where the system's work still waits: outbox rows not yet published, and messages the consumers have not acked. */
export interface Backlog {
  unpublished: number;
  /** num_pending + num_ack_pending over the CIVIC stream's durable consumers (0 without a broker). */
  consumerLag: number;
}

export interface BacklogSource {
  /** The owner's URL of the database (straight to PostgreSQL, not through a proxy). */
  databaseUrl: string;
  /** nats-server of the stack; none in the embedded mode (its broker lives in the process). */
  natsUrl?: string;
}

export async function readBacklog(source: BacklogSource): Promise<Backlog> {
  const unpublished = await withClient(source.databaseUrl, async (client) => {
    const counts = SERVICE_SCHEMAS.map((schema) => `(select count(*) from ${schema}.outbox where published_at is null)`).join(' + ');
    return Number((await client.query(`select ${counts} as n`)).rows[0].n);
  });
  return { unpublished, consumerLag: source.natsUrl ? await consumerLag(source.natsUrl) : 0 };
}

async function consumerLag(natsUrl: string): Promise<number> {
  const connection = await connect({ servers: natsUrl, reconnect: false, timeout: 2_000 });
  try {
    const consumers = await (await jetstreamManager(connection)).consumers.list('CIVIC').next();
    return consumers.reduce((sum, info) => sum + info.num_pending + info.num_ack_pending, 0);
  } finally {
    await connection.close();
  }
}

/** Resolves to the moment the backlog is first seen at zero (an unreachable server counts as not zero), or undefined at the deadline. */
export async function whenBacklogEmpty(source: BacklogSource, timeoutMs: number, intervalMs = 300): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const backlog = await readBacklog(source).catch(() => undefined);
    if (backlog && backlog.unpublished === 0 && backlog.consumerLag === 0) return Date.now();
    await sleep(intervalMs);
  }
  return undefined;
}
