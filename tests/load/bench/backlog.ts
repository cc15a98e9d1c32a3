import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { SystemCounters } from './counters';

/** One series of the backlog: per outbox schema (unpublished rows) or per durable consumer (pending + unacked). */
export interface BacklogSeries {
  name: string;
  max: number;
  mean: number;
  last: number;
  samples: number[];
}

/**
 * Waits until nothing is left of earlier work: no unpublished outbox row and no pending or unacked
 * event of any consumer, twice in a row (so a stage's CPU and commits are its own). Logs how long
 * it waited; gives up after `timeoutMs` and says so.
 */
export async function waitUntilDrained(databaseUrl: string, natsUrl: string | undefined, timeoutMs: number, log: (line: string) => void): Promise<void> {
  const counters = await SystemCounters.open(databaseUrl, natsUrl);
  const began = performance.now();
  try {
    const probe = await sampleBacklog(counters, natsUrl, 500);
    let quietSamples = 0;
    for (let seen = 0; quietSamples < 2 && performance.now() - began < timeoutMs; ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const latest = probe.latest();
      if (latest === null || latest.samples === seen) continue;
      seen = latest.samples;
      quietSamples = latest.total === 0 ? quietSamples + 1 : 0;
    }
    await probe.stop();
    const seconds = (performance.now() - began) / 1000;
    log(quietSamples >= 2 ? `  earlier work drained in ${seconds.toFixed(1)} s` : `  earlier work still not drained after ${seconds.toFixed(0)} s; measuring anyway`);
  } finally {
    await counters.close();
  }
}

/**
 * Samples the backlog every second while a stage runs: unpublished outbox rows per service schema
 * and, in the distributed mode, num_pending + num_ack_pending of every JetStream durable on CIVIC.
 */
export async function sampleBacklog(
  counters: SystemCounters,
  natsUrl: string | undefined,
  intervalMs = 1_000,
): Promise<{ stop(): Promise<BacklogSeries[]>; latest(): { samples: number; total: number } | null }> {
  const series = new Map<string, number[]>();
  const add = (name: string, value: number) => series.set(name, [...(series.get(name) ?? []), value]);
  let connection: NatsConnection | null = null;
  let jsm: JetStreamManager | null = null;
  if (natsUrl) {
    connection = await connect({ servers: natsUrl });
    jsm = await jetstreamManager(connection);
  }
  const unpublished = counters.outboxSchemas.map((schema) => `select '${schema}' as schema, count(*)::int as rows from "${schema}".outbox where published_at is null`).join(' union all ');
  let rounds = 0;
  let lastTotal = 0;
  const sample = async () => {
    let total = 0;
    for (const row of await counters.query<{ schema: string; rows: number }>(unpublished)) {
      add(`outbox ${row.schema}`, row.rows);
      total += row.rows;
    }
    if (jsm) {
      for (const consumer of await jsm.consumers.list('CIVIC').next()) {
        add(`consumer ${consumer.name}`, consumer.num_pending + consumer.num_ack_pending);
        total += consumer.num_pending + consumer.num_ack_pending;
      }
    }
    lastTotal = total;
    rounds++;
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
    latest: () => (rounds === 0 ? null : { samples: rounds, total: lastTotal }),
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
