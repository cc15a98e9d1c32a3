import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { summarize } from './percentiles';

/**
 * The physical baseline of a durable intake: one row plus one outbox row in one transaction,
 * four round trips (BEGIN, INSERT, INSERT, COMMIT), fsync and synchronous_commit on.
 */
export async function rawRowPlusOutbox(databaseUrl: string, total: number, clients: number) {
  const pool = new Pool({ connectionString: databaseUrl, max: clients });
  await pool.query(`create table if not exists bench_rows (id uuid primary key, tenant_id text, payload jsonb, created_at timestamptz default now())`);
  await pool.query(`create table if not exists bench_outbox (seq bigserial primary key, event_id uuid, envelope jsonb, published_at timestamptz)`);
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = await pool.connect();
      try {
        while (next++ < total) {
          const t0 = process.hrtime.bigint();
          const id = randomUUID();
          await client.query('begin');
          await client.query(`insert into bench_rows (id, tenant_id, payload) values ($1, 'bench', $2)`, [id, { text: '下水道堵塞' }]);
          await client.query(`insert into bench_outbox (event_id, envelope) values ($1, $2)`, [randomUUID(), { requestId: id }]);
          await client.query('commit');
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
      } finally {
        client.release();
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.query(`drop table bench_rows; drop table bench_outbox`);
  await pool.end();
  return { perSecond: total / seconds, ...summarize(latencies) };
}
