import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';

/**
 * What one stage cost the system, read before and after: committed transactions of the services'
 * database (pg_stat_database), rows appended to the outboxes (their sequences), and messages
 * stored in the CIVIC stream. The bench's own queries on that database are counted and taken off.
 */
export interface Counters {
  /** pg_stat_database.xact_commit: every commit, read-only ones too (reported by backends with a delay). */
  commits: number;
  /** Transaction ids handed out on the server: the transactions that wrote (and flushed WAL), exactly. */
  writeTransactions: number;
  outboxRows: number;
  streamMessages: number | null;
}

export class SystemCounters {
  private ownQueries = 0;

  private constructor(
    private readonly client: Client,
    private readonly schemas: string[],
    private readonly natsUrl: string | undefined,
  ) {}

  static async open(databaseUrl: string, natsUrl?: string): Promise<SystemCounters> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    client.on('error', () => undefined); // a lost connection fails the next query instead of the process
    const { rows } = await client.query(`select table_schema from information_schema.tables where table_name = 'outbox' and table_schema not like 'pg_%' order by 1`);
    return new SystemCounters(client, rows.map((row) => row.table_schema), natsUrl);
  }

  /** The service schemas that keep an outbox. */
  get outboxSchemas(): string[] {
    return this.schemas;
  }

  /** One autocommitted query of the bench's own (counted, so it can be taken off the commits). */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.ownQueries++;
    return (await this.client.query(sql, params)).rows as T[];
  }

  /**
   * Busy backends report their counts at most once a second, idle ones within 10 s (PostgreSQL 15):
   * `settleMs` waits for the last reports. The xid horizon needs no wait, and asking for it takes none.
   */
  async read(settleMs: number): Promise<Counters> {
    const [xids] = await this.query<{ next: string }>(`select pg_snapshot_xmax(pg_current_snapshot())::text::bigint as next`);
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const [stats] = await this.query<{ commits: string }>(`select xact_commit::bigint as commits from pg_stat_database where datname = current_database()`);
    const sequences = this.schemas.map((schema) => `coalesce((select max(seq) from "${schema}".outbox), 0)`).join(' + ');
    const [outbox] = await this.query<{ rows: string }>(`select (${sequences})::bigint as rows`);
    return { commits: Number(stats.commits) - this.ownQueries, writeTransactions: Number(xids.next), outboxRows: Number(outbox.rows), streamMessages: await this.streamMessages() };
  }

  private async streamMessages(): Promise<number | null> {
    if (!this.natsUrl) return null;
    const connection = await connect({ servers: this.natsUrl });
    try {
      return (await (await jetstreamManager(connection)).streams.info('CIVIC')).state.messages;
    } finally {
      await connection.close();
    }
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
