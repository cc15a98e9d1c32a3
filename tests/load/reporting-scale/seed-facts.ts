import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ASSIGNMENT_COLUMNS, GENERATOR_VERSION, OUTCOME_COLUMNS, REQUEST_COLUMNS, factsInMonth, monthRows, monthsOf, tenantOf, type ScaleShape } from './fact-generator';

const FACT_TABLES = ['request_facts', 'assignment_facts', 'request_outcomes'];
/** Rows per COPY chunk generated at once: bounded memory whatever the seed's size. */
const CHUNK = 50_000;

/** The seed's identity: a cached seed is reused only if all of it matches. */
export const seedKey = (shape: ScaleShape) => `v${GENERATOR_VERSION}-seed${shape.seed}-facts${shape.facts}-d${shape.districts}-u${shape.unitsPerDistrict}-m${shape.months}-${shape.lastMonth}`;

export async function seededKey(owner: Client): Promise<string | null> {
  await owner.query(`create table if not exists public.bench_seed (key text primary key, seeded_at timestamptz not null, seconds double precision not null)`);
  const { rows } = await owner.query(`select key from public.bench_seed limit 1`);
  return rows[0]?.key ?? null;
}

async function copyRows(owner: Client, table: string, columns: string, rows: string[]): Promise<void> {
  if (rows.length === 0) return;
  const stream = owner.query(copyFrom(`copy reporting.${table} (${columns}) from stdin with (format csv, null '')`));
  await pipeline(Readable.from([rows.join('\n') + '\n']), stream);
}

/** The fact tables' secondary indexes as the migrations made them: dropped for the load, made again after. */
async function secondaryIndexes(owner: Client): Promise<Array<{ name: string; definition: string }>> {
  const { rows } = await owner.query(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i where i.indrelid = any($1::regclass[]) and not i.indisprimary`,
    [FACT_TABLES.map((table) => `reporting.${table}`)],
  );
  return rows;
}

/**
 * Writes the shape's facts with COPY, month by month, as the owner (bypassing the services: this
 * is test data, not traffic). The fact triggers and secondary indexes are off while it runs; the
 * months are then noted as changed, which is what the triggers would have done.
 */
export async function seedFacts(owner: Client, shape: ScaleShape, progress: (line: string) => void): Promise<number> {
  const started = Date.now();
  await owner.query(`truncate public.bench_seed, reporting.month_changes, reporting.month_counts, ${FACT_TABLES.map((table) => `reporting.${table}`).join(', ')}`);
  for (const table of FACT_TABLES) await owner.query(`alter table reporting.${table} disable trigger user`);
  const indexes = await secondaryIndexes(owner);
  for (const index of indexes) await owner.query(`drop index ${index.name}`);
  const months = monthsOf(shape);
  let written = 0;
  for (let monthIndex = 0; monthIndex < months.length; monthIndex += 1) {
    for (let district = 0; district < shape.districts; district += 1) {
      const inMonth = factsInMonth(shape, district, monthIndex);
      let serial = serialBefore(shape, district, monthIndex);
      for (let done = 0; done < inMonth; done += CHUNK) {
        const rows = monthRows(shape, district, monthIndex, serial, Math.min(CHUNK, inMonth - done));
        await copyRows(owner, 'request_facts', REQUEST_COLUMNS, rows.requests);
        await copyRows(owner, 'assignment_facts', ASSIGNMENT_COLUMNS, rows.assignments);
        await copyRows(owner, 'request_outcomes', OUTCOME_COLUMNS, rows.outcomes);
        serial += rows.assignments.length;
        written += rows.assignments.length;
      }
    }
    progress(`seeded ${months[monthIndex]}: ${written.toLocaleString('en')} facts, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  progress(`making ${indexes.length} indexes`);
  for (const index of indexes) await owner.query(index.definition);
  for (const table of FACT_TABLES) await owner.query(`alter table reporting.${table} enable trigger user`);
  await owner.query(`vacuum analyze ${FACT_TABLES.map((table) => `reporting.${table}`).join(', ')}`);
  const seconds = (Date.now() - started) / 1000;
  await owner.query(`insert into public.bench_seed (key, seeded_at, seconds) values ($1, now(), $2)`, [seedKey(shape), seconds]);
  return seconds;
}

/** Serials are unique per district: the facts of earlier months come first. */
function serialBefore(shape: ScaleShape, district: number, monthIndex: number): number {
  let serial = 0;
  for (let month = 0; month < monthIndex; month += 1) serial += factsInMonth(shape, district, month);
  return serial;
}

/** Notes every month of the seed as changed, so the next reads recount them all: the rebuild. */
export async function noteEveryMonthChanged(owner: Client, shape: ScaleShape): Promise<void> {
  const tenants = Array.from({ length: shape.districts }, (_, district) => tenantOf(district));
  await owner.query(`insert into reporting.month_changes (tenant_id, month) select tenant, month from unnest($1::text[]) tenant, unnest($2::text[]) month`, [tenants, monthsOf(shape)]);
}
