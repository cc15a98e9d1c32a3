import { randomFillSync } from 'node:crypto';

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;
/** Bytes of a new trace: a 16-byte trace id and an 8-byte span id. */
const TRACE_BYTES = 24;
/** Random bytes for this many traces are drawn at once: one call into the CSPRNG per 256 requests, not two per request. */
const POOL = Buffer.alloc(TRACE_BYTES * 256);
let used = POOL.length;

/** Keeps the caller's W3C trace context, or starts a new trace (random ids, sampled). */
export function traceparentOf(headers: Record<string, string | string[] | undefined>): string {
  const incoming = headers['traceparent'];
  if (typeof incoming === 'string' && TRACEPARENT.test(incoming)) return incoming;
  if (used === POOL.length) {
    randomFillSync(POOL);
    used = 0;
  }
  const start = used;
  used += TRACE_BYTES;
  return `00-${POOL.toString('hex', start, start + 16)}-${POOL.toString('hex', start + 16, start + TRACE_BYTES)}-01`;
}
