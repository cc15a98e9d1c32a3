import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { withClient } from '../stack/test-database';

/** The service schemas whose tables a refusal must leave alone (each has its outbox). */
export const SERVICE_SCHEMAS = ['intake', 'dispatch', 'feedback', 'reporting'] as const;

export interface SystemState {
  /** Rows per table, `schema.table` → count, every table of every service (outboxes included). */
  rows: Record<string, number>;
  /** Outbox rows not yet published, per service: a refusal must not leave one behind either. */
  unpublished: Record<string, number>;
  /** Messages in the JetStream stream of events. */
  streamMessages: number;
}

/** Counts every service table (as the owner: row-level security does not hide rows) and the event stream. */
export async function systemState(databaseUrl: string, natsUrl = process.env.CIVICLOOP_TEST_NATS_URL!): Promise<SystemState> {
  const { rows, unpublished } = await withClient(databaseUrl, async (client) => {
    const tables = (
      await client.query<{ name: string }>(
        `select quote_ident(schemaname) || '.' || quote_ident(tablename) as name from pg_tables where schemaname = any($1) order by 1`,
        [SERVICE_SCHEMAS],
      )
    ).rows.map((row) => row.name);
    const counts = tables.length
      ? (await client.query(tables.map((name) => `select '${name}' as name, count(*)::int as n from ${name}`).join(' union all '))).rows
      : [];
    const waiting = await Promise.all(
      SERVICE_SCHEMAS.map(async (schema) => [schema, (await client.query(`select count(*)::int as n from ${schema}.outbox where published_at is null`)).rows[0].n] as const),
    );
    return { rows: Object.fromEntries(counts.map((row) => [row.name, row.n])), unpublished: Object.fromEntries(waiting) };
  });
  const connection = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(connection);
    const info = await jsm.streams.info('CIVIC');
    return { rows, unpublished, streamMessages: info.state.messages };
  } finally {
    await connection.close();
  }
}

/** What changed between two states: `schema.table: before → after`, the stream, the unpublished outbox rows. */
export function changes(before: SystemState, after: SystemState): string[] {
  const differ = (what: string, a: Record<string, number>, b: Record<string, number>) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => a[key] !== b[key]).map((key) => `${what}${key}: ${a[key] ?? 0} → ${b[key] ?? 0}`);
  return [
    ...differ('', before.rows, after.rows),
    ...differ('unpublished ', before.unpublished, after.unpublished),
    ...(before.streamMessages === after.streamMessages ? [] : [`stream CIVIC: ${before.streamMessages} → ${after.streamMessages} messages`]),
  ];
}

/**
 * Waits until nothing moves any more (every outbox published, counts and stream unchanged over
 * `quietMs`): events still travelling from earlier steps must not be taken for a refusal's effect.
 */
export async function settledState(databaseUrl: string, quietMs = 600, timeoutMs = 30_000): Promise<SystemState> {
  const deadline = Date.now() + timeoutMs;
  let last = await systemState(databaseUrl);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = await systemState(databaseUrl);
    const idle = Object.values(now.unpublished).every((n) => n === 0);
    if (idle && changes(last, now).length === 0) return now;
    if (Date.now() > deadline) throw new Error(`the stack did not settle within ${timeoutMs} ms: ${changes(last, now).join('; ') || 'outbox rows unpublished'}`);
    last = now;
  }
}
