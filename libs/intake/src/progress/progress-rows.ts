import { In, type EntityManager } from 'typeorm';
import type { EventEnvelope } from '@civicloop/contracts';
import { BatchReadAhead, BatchWriteBehind } from '@civicloop/messaging';
import { CivicRequest } from '../requests/civic-request.entity';
import { historyFromJson, historyRecord } from '../requests/record-own-event';

export type ProgressEvent = EventEnvelope<{ requestId: string; attempt?: number; unitCode?: string }>;

/** The columns progress reads and writes: the description and its bigrams are the bulk of a row. */
const PROGRESS_COLUMNS = { id: true, tenantId: true, status: true, attempt: true, currentUnitCode: true, assignedUnitCodes: true, version: true } as const;

/** The requests a batch of events is about, locked in one statement (in id order, as every batch locks them). */
export const requestsInProgress = new BatchReadAhead<CivicRequest>(
  'intake.progress',
  (event) => (event as ProgressEvent).data?.requestId?.toLowerCase(),
  async (manager, tenantId, ids) => {
    const rows = await manager.find(CivicRequest, { where: { tenantId, id: In(ids) }, select: PROGRESS_COLUMNS, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    return new Map(rows.map((row) => [row.id, row]));
  },
);

/** What a batch's progress events leave to write: each request's last state, and a history row per event. */
interface ProgressWrites {
  requests: Map<string, CivicRequest>;
  history: Array<Record<string, unknown>>;
}

const REQUEST_RECORD = `id uuid, status text, attempt int, current_unit_code text, assigned_unit_codes text[], version int`;

/** Progress in one statement: every request moved and every history row, of a batch at its end or of one event (docs/adr/0024). */
const progressWrites = new BatchWriteBehind<ProgressWrites>(
  'intake.progress',
  () => ({ requests: new Map(), history: [] }),
  async (manager, tenantId, { requests, history }) => {
    const moved = [...requests.values()].map((r) => ({ id: r.id, status: r.status, attempt: r.attempt, current_unit_code: r.currentUnitCode, assigned_unit_codes: r.assignedUnitCodes, version: r.version }));
    await manager.query(
      `with progressed as (
         update intake.requests r set status = v.status, attempt = v.attempt, current_unit_code = v.current_unit_code,
                assigned_unit_codes = v.assigned_unit_codes, version = v.version
           from jsonb_to_recordset($2::jsonb) as v(${REQUEST_RECORD})
          where r.tenant_id = $1 and r.id = v.id)
       ${historyFromJson(3)}`,
      [tenantId, JSON.stringify(moved), JSON.stringify(history)],
    );
  },
);

/**
 * Records an event in the request's history and, when `moved`, the request's new state (its row
 * object, already changed and its version raised): at the end of the batch, or at once outside one.
 */
export function recordProgress(manager: EntityManager, event: ProgressEvent, request: CivicRequest, moved: boolean): Promise<void> {
  return progressWrites.record(manager, event, ({ requests, history }) => {
    history.push(historyRecord(request.id, event));
    if (moved) requests.set(request.id, request);
  });
}
