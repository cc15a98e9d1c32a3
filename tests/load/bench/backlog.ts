import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { SystemCounters } from './counters';

/** One series of the backlog: per outbox schema (unpublished rows) or per durable consumer (pending + unacked). */
export interface BacklogSeries {
  name: string;
  max: number;
  mean: number;
  last: number;
  samples: number[];
}

/**
 * Samples the backlog every second while a stage runs: unpublished outbox rows per service schema
 * and, in the distributed mode, num_pending + num_ack_pending of every JetStream durable on CIVIC.
 */
export async function sampleBacklog(counters: SystemCounters, natsUrl: string | undefined, intervalMs = 1_000): Promise<{ stop(): Promise<BacklogSeries[]> }> {
  const series = new Map<string, number[]>();
  const add = (name: string, value: number) => series.set(name, [...(series.get(name) ?? []), value]);
  let connection: NatsConnection | null = null;
  let jsm: JetStreamManager | null = null;
  if (natsUrl) {
    connection = await connect({ servers: natsUrl });
    jsm = await jetstreamManager(connection);
  }
  const unpublished = counters.outboxSchemas.map((schema) => `select '${schema}' as schema, count(*)::int as rows from "${schema}".outbox where published_at is null`).join(' union all ');
  const sample = async () => {
    for (const row of await counters.query<{ schema: string; rows: number }>(unpublished)) add(`outbox ${row.schema}`, row.rows);
    if (jsm) for (const consumer of await jsm.consumers.list('CIVIC').next()) add(`consumer ${consumer.name}`, consumer.num_pending + consumer.num_ack_pending);
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      const began = performance.now();
      await sample().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, intervalMs - (performance.now() - began))));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await connection?.close();
      return [...series].map(([name, samples]) => ({
        name,
        samples,
        max: Math.max(...samples),
        mean: samples.reduce((sum, value) => sum + value, 0) / samples.length,
        last: samples[samples.length - 1],
      }));
    },
  };
}
