import { createHash } from 'node:crypto';
import { Client } from 'pg';

/** A statement is prepared once this process has sent its text this many times: one-off SQL never is. */
const HOT_AFTER = 2;
/** Prepared statements live on the server per connection; past this many, the rest run unnamed. */
const MAX_PER_CONNECTION = 256;
/** Texts counted so far; forgotten wholesale when full (hot statements come back within moments). */
const MAX_COUNTED = 5_000;

const sent = new Map<string, { count: number; name: string }>();

/** The statement's name: the same text always gets the same name, on every connection. */
export function hotStatementName(text: string): string | null {
  let entry = sent.get(text);
  if (!entry) {
    if (sent.size >= MAX_COUNTED) sent.clear();
    entry = { count: 0, name: `civic_${createHash('sha1').update(text).digest('hex').slice(0, 24)}` };
    sent.set(text, entry);
  }
  entry.count += 1;
  return entry.count >= HOT_AFTER ? entry.name : null;
}

/**
 * A node-postgres client that sends the statements a service repeats as named prepared statements:
 * PostgreSQL parses, rewrites (row-level security) and plans them once per connection instead of on
 * every call, and the client sends only Bind/Execute afterwards (docs/adr/0023). Only parameterised
 * queries are prepared; BEGIN, COMMIT and multi-statement text keep the simple protocol. Row-level
 * security still applies on every execution: the policies read app.tenant when the plan runs.
 */
export class PreparingClient extends Client {
  private readonly prepared = new Set<string>();

  // pg's query() has a dozen overloads; this forwards whatever it was given.
  override query(...args: unknown[]): never {
    const [config, values, callback] = args;
    if (typeof config === 'string' && Array.isArray(values)) {
      const name = hotStatementName(config);
      if (name && (this.prepared.has(name) || this.prepared.size < MAX_PER_CONNECTION)) {
        this.prepared.add(name);
        return (super.query as (...forwarded: unknown[]) => never)({ name, text: config, values }, callback);
      }
    }
    return (super.query as (...forwarded: unknown[]) => never)(...args);
  }
}

/** Whether services prepare their repeated statements (CIVICLOOP_PG_PREPARED_STATEMENTS=off for poolers without them). */
export function preparedStatementsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CIVICLOOP_PG_PREPARED_STATEMENTS !== 'off';
}
