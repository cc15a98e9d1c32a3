import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager, StorageType } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Pool, type PoolClient } from 'pg';
import { createTestDatabase, withClient } from '../../support/stack/test-database';
import { closedLoops } from './workers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { assertSyncAlways } = require('../../support/servers/nats');

export type PgShape = 'single-row' | 'row+outbox 4 round trips' | 'row+outbox one statement (CTE)';
export interface PgBaseline {
  shape: PgShape;
  clients: number;
  perSecond: number;
}
export interface JetStreamBaseline {
  how: 'one at a time' | 'pipelined';
  inFlight: number;
  perSecond: number;
}

/** About the size of a registration's row and its request.registered envelope. */
const ROW = { channel: 'hotline', type: 'complaint', categoryCode: 'drainage.blockage', description: '小区门口下水道堵塞，污水外溢。', areaCode: 'donghua.nanchizi', address: '南池子大街 12 号' };
const envelope = (requestId: string) => ({
  eventId: randomUUID(),
  type: 'request.registered',
  tenantId: 'bench',
  aggregateId: requestId,
  aggregateVersion: 1,
  occurredAt: new Date().toISOString(),
  actor: { userId: 'bench-agent', roles: ['agent'] },
  data: { requestId, ...ROW, orderNo: '2026-000001', urgency: 'general', confidential: false, residentId: randomUUID(), registeredAt: new Date().toISOString() },
});

const STATEMENTS: Record<PgShape, (client: PoolClient) => Promise<unknown>> = {
  'single-row': (client) => client.query(`insert into bench_rows (id, tenant_id, payload) values ($1, 'bench', $2)`, [randomUUID(), ROW]),
  'row+outbox 4 round trips': async (client) => {
    const id = randomUUID();
    const event = envelope(id);
    await client.query('begin');
    await client.query(`insert into bench_rows (id, tenant_id, payload) values ($1, 'bench', $2)`, [id, ROW]);
    await client.query(`insert into bench_outbox (event_id, tenant_id, subject, event_type, envelope) values ($1, 'bench', 'civic.bench.request.registered', 'request.registered', $2)`, [event.eventId, event]);
    await client.query('commit');
  },
  'row+outbox one statement (CTE)': (client) => {
    const id = randomUUID();
    const event = envelope(id);
    return client.query(
      `with row as (insert into bench_rows (id, tenant_id, payload) values ($1, 'bench', $2) returning id)
       insert into bench_outbox (event_id, tenant_id, subject, event_type, envelope)
       select $3, 'bench', 'civic.bench.request.registered', 'request.registered', $4 from row`,
      [id, ROW, event.eventId, event],
    );
  },
};

/** Refuses to measure a server that does not flush every commit: the baseline would be a lie. */
export async function assertDurablePostgres(url: string): Promise<void> {
  const settings = await withClient(url, async (client) => {
    const fsync = (await client.query('show fsync')).rows[0].fsync;
    const synchronousCommit = (await client.query('show synchronous_commit')).rows[0].synchronous_commit;
    return { fsync, synchronousCommit };
  });
  if (settings.fsync !== 'on' || settings.synchronousCommit !== 'on') {
    throw new Error(`PostgreSQL runs with fsync=${settings.fsync}, synchronous_commit=${settings.synchronousCommit}: the bench measures durable commits only`);
  }
}

/**
 * Raw PostgreSQL with node-postgres on a scratch database of the same server: one-row inserts,
 * row + outbox row as four round trips and as one CTE statement, at each concurrency.
 */
export async function postgresBaselines(serverUrl: string, clients: number[], seconds: number, log: (line: string) => void): Promise<PgBaseline[]> {
  await assertDurablePostgres(serverUrl);
  const scratch = await createTestDatabase(serverUrl, 'bench_raw');
  const pool = new Pool({ connectionString: scratch.url, max: Math.max(...clients) });
  // Dropping the scratch database ends connections the pool may still be closing: expected, not a crash.
  pool.on('error', () => undefined);
  const results: PgBaseline[] = [];
  try {
    await pool.query(`create table bench_rows (id uuid primary key, tenant_id text not null, payload jsonb not null, created_at timestamptz not null default clock_timestamp())`);
    // The outbox as the services keep it (libs/messaging/src/messaging-tables.ts).
    await pool.query(`create table bench_outbox (seq bigserial primary key, event_id uuid not null unique, tenant_id text not null, subject text not null,
      event_type text not null, envelope jsonb not null, created_at timestamptz not null default clock_timestamp(), published_at timestamptz)`);
    await pool.query(`create index bench_outbox_unpublished on bench_outbox (seq) where published_at is null`);
    for (const shape of Object.keys(STATEMENTS) as PgShape[]) {
      for (const concurrency of clients) {
        const connections = await Promise.all(Array.from({ length: concurrency }, () => pool.connect()));
        try {
          const run = await closedLoops(concurrency, seconds, async (_, client) => {
            await STATEMENTS[shape](connections[client]);
            return true;
          });
          if (run.failed > 0) throw new Error(`${run.failed} ${shape} statements failed`);
          results.push({ shape, clients: concurrency, perSecond: run.ok / run.seconds });
          log(`  PG ${shape}, ${concurrency} clients: ${(run.ok / run.seconds).toFixed(0)}/s`);
        } finally {
          for (const connection of connections) connection.release();
        }
      }
    }
  } finally {
    await pool.end();
    await scratch.drop();
  }
  return results;
}

/**
 * Raw JetStream on the same nats-server (sync_interval: always): publishes to a file stream of its
 * own, awaited one at a time, then with `pipeline` in flight. Each carries a Nats-Msg-Id as the relay's do.
 */
export async function jetStreamBaselines(natsUrl: string, monitorUrl: string, seconds: number, pipeline: number, log: (line: string) => void): Promise<JetStreamBaseline[]> {
  await assertSyncAlways(monitorUrl);
  const connection = await connect({ servers: natsUrl });
  const stream = `BENCH_RAW_${randomUUID().slice(0, 8)}`;
  try {
    const jsm = await jetstreamManager(connection);
    await jsm.streams.add({ name: stream, subjects: [`${stream}.>`], storage: StorageType.File, num_replicas: 1 });
    const js = jetstream(connection);
    const publish = () => {
      const event = envelope(randomUUID());
      return js.publish(`${stream}.request.registered`, JSON.stringify(event), { msgID: event.eventId });
    };
    const results: JetStreamBaseline[] = [];
    for (const inFlight of [1, pipeline]) {
      const run = await closedLoops(inFlight, seconds, async () => {
        await publish();
        return true;
      });
      if (run.failed > 0) throw new Error(`${run.failed} JetStream publishes failed`);
      const result: JetStreamBaseline = { how: inFlight === 1 ? 'one at a time' : 'pipelined', inFlight, perSecond: run.ok / run.seconds };
      results.push(result);
      log(`  JetStream publish, ${result.how} (${inFlight} in flight): ${result.perSecond.toFixed(0)}/s`);
    }
    await jsm.streams.delete(stream);
    return results;
  } finally {
    await connection.close();
  }
}
