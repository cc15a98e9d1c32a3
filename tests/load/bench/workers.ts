/**
 * Runs `work` in `clients` closed loops (each waits for its call) for `seconds`; counts what came
 * back. `call` numbers every call across the loops; `client` says which loop makes it.
 */
export async function closedLoops(clients: number, seconds: number, work: (call: number, client: number) => Promise<boolean>): Promise<{ ok: number; failed: number; seconds: number }> {
  const deadline = performance.now() + seconds * 1000;
  let ok = 0;
  let failed = 0;
  let call = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        if (await work(call++, client).catch(() => false)) ok++;
        else failed++;
      }
    }),
  );
  return { ok, failed, seconds: (performance.now() - started) / 1000 };
}

/** At most `limit` calls at once; the rest wait their turn (first come, first served). */
export function limiter(limit: number): <T>(call: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (call) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await call();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Statuses a step meets while the service it needs has not yet consumed the event before it: try again shortly. */
export const NOT_YET = new Set([404, 409, 503]);
