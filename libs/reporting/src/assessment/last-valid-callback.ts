import type { Satisfaction } from '@civicloop/contracts';
import type { CallbackOutcomeRow } from './assessment-facts';

export interface RecordedCallback {
  callbackId: string;
  requestId: string;
  unitCode: string;
  attempt: number;
  valid: boolean;
  solved: boolean | null;
  satisfaction: Satisfaction | null;
  recordedAt: string;
}

/** Later in time; the callback id breaks a tie the same way the SQL upsert does. */
function isLater(a: RecordedCallback, b: RecordedCallback): boolean {
  const difference = Date.parse(a.recordedAt) - Date.parse(b.recordedAt);
  return difference > 0 || (difference === 0 && a.callbackId > b.callbackId);
}

/**
 * A request counts once, by its last valid callback (a reopened request by the callback of its
 * final try); invalid calls never count. The same rule the outcome table's upsert keeps in SQL.
 */
export function lastValidCallbacks(callbacks: RecordedCallback[]): Array<CallbackOutcomeRow & { recordedAt: string }> {
  const last = new Map<string, RecordedCallback>();
  for (const callback of callbacks) {
    if (!callback.valid || callback.solved === null || callback.satisfaction === null) continue;
    const seen = last.get(callback.requestId);
    if (!seen || isLater(callback, seen)) last.set(callback.requestId, callback);
  }
  return [...last.values()].map(({ requestId, unitCode, attempt, solved, satisfaction, recordedAt }) => ({
    requestId,
    unitCode,
    attempt,
    solved: solved!,
    satisfaction: satisfaction!,
    recordedAt,
  }));
}
