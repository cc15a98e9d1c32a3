import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';

export interface SeenEvent<T = Record<string, unknown>> {
  data: T;
  /** performance.now() when the bench saw it. */
  seenAt: number;
}

/**
 * Events of one district as the bench sees them: on JetStream's subjects in the distributed mode,
 * from the committed outbox in the embedded mode (no broker to listen to). Only `types` are kept,
 * keyed by request, until someone waits for them.
 */
export interface EventFeed {
  waitFor<T = Record<string, unknown>>(type: string, requestId: string, timeoutMs: number): Promise<SeenEvent<T>>;
  close(): Promise<void>;
}

class Mailbox {
  private readonly seen = new Map<string, SeenEvent>();
  private readonly waiting = new Map<string, (event: SeenEvent) => void>();

  deliver(type: string, data: Record<string, unknown>): void {
    const key = `${type}/${data.requestId}`;
    const event = { data, seenAt: performance.now() };
    const waiter = this.waiting.get(key);
    if (waiter) {
      this.waiting.delete(key);
      waiter(event);
    } else this.seen.set(key, event);
  }

  waitFor<T>(type: string, requestId: string, timeoutMs: number): Promise<SeenEvent<T>> {
    const key = `${type}/${requestId}`;
    const early = this.seen.get(key);
    if (early) {
      this.seen.delete(key);
      return Promise.resolve(early as SeenEvent<T>);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(key);
        reject(new Error(`no ${type} for request ${requestId} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(key, (event) => {
        clearTimeout(timer);
        resolve(event as SeenEvent<T>);
      });
    });
  }
}

/** Core NATS subscription on civic.<tenant>.> : sees each event as JetStream stores it. */
export async function jetStreamFeed(natsUrl: string, tenantId: string, types: string[]): Promise<EventFeed> {
  const mailbox = new Mailbox();
  const connection: NatsConnection = await connect({ servers: natsUrl });
  connection.subscribe(`civic.${tenantId}.>`, {
    callback: (error, msg) => {
      if (error) return;
      const event = msg.json<{ type: string; data: Record<string, unknown> }>();
      if (types.includes(event.type)) mailbox.deliver(event.type, event.data);
    },
  });
  await connection.flush(); // the subscription is in place before the first registration
  return { waitFor: (type, requestId, timeoutMs) => mailbox.waitFor(type, requestId, timeoutMs), close: () => connection.close() };
}

/** A sequence number skipped by a transaction still open is looked for again this long. */
const HOLE_TTL_MS = 3_000;

/**
 * Polls a schema's outbox every few milliseconds: an event is visible once its transaction
 * committed. Concurrent transactions commit out of sequence order, so the numbers skipped below
 * the newest row seen ("holes") are asked for again until they are old.
 */
export async function outboxFeed(databaseUrl: string, schema: string, tenantId: string, types: string[], intervalMs = 5): Promise<EventFeed> {
  const mailbox = new Mailbox();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  client.on('error', () => undefined); // a lost connection fails the next poll instead of the process
  const start = await client.query(`select coalesce(max(seq), 0)::bigint as seq from "${schema}".outbox`);
  let newest = Number(start.rows[0].seq);
  const holes = new Map<number, number>(); // seq → when first missed
  let running = true;
  const polling = (async () => {
    while (running) {
      const now = performance.now();
      for (const [seq, since] of holes) if (now - since > HOLE_TTL_MS) holes.delete(seq);
      const { rows } = await client.query(
        `select seq::bigint as seq, event_type, tenant_id, envelope -> 'data' as data from "${schema}".outbox where seq > $1 or seq = any($2::bigint[]) order by seq`,
        [newest, [...holes.keys()]],
      );
      for (const row of rows) {
        const seq = Number(row.seq);
        holes.delete(seq);
        for (let missing = newest + 1; missing < seq; missing++) holes.set(missing, now);
        newest = Math.max(newest, seq);
        if (row.tenant_id === tenantId && types.includes(row.event_type)) mailbox.deliver(row.event_type, row.data);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    waitFor: (type, requestId, timeoutMs) => mailbox.waitFor(type, requestId, timeoutMs),
    close: async () => {
      running = false;
      await polling.catch(() => undefined);
      await client.end();
    },
  };
}
