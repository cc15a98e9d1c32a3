// Poll until a condition holds or a deadline passes; the error names what was awaited and the last failure.
const { setTimeout: sleep } = require('node:timers/promises');

function describe(error) {
  if (!error || !error.message) return String(error);
  const cause = error.cause && (error.cause.code || error.cause.message);
  return cause ? `${error.message} (${cause})` : error.message;
}

/** An error that stops the polling at once (e.g. the process being awaited has exited). */
function fatal(message) {
  return Object.assign(new Error(message), { fatal: true });
}

/**
 * Calls `check` every `intervalMs` until it returns a truthy value (which is returned) or the timeout
 * passes. A throw counts as "not yet" and is remembered for the error message, except an error made
 * with `fatal()`, which ends the wait at once. `check` may be async.
 */
async function waitFor(check, { timeoutMs = 30_000, intervalMs = 100, description = 'condition' } = {}) {
  const started = Date.now();
  let lastProblem = 'it never became true';
  for (;;) {
    try {
      const result = await check();
      if (result) return result;
    } catch (error) {
      if (error && error.fatal) throw error;
      lastProblem = describe(error);
    }
    const elapsed = Date.now() - started;
    if (elapsed >= timeoutMs) {
      throw new Error(`timed out after ${(elapsed / 1000).toFixed(1)} s waiting for ${description}: ${lastProblem}`);
    }
    await sleep(Math.min(intervalMs, timeoutMs - elapsed));
  }
}

/** Waits until GET `url` answers `status` (200 by default); resolves to the Response. */
async function waitForHttp(url, { status = 200, timeoutMs = 30_000, intervalMs = 100, requestTimeoutMs = 2_000 } = {}) {
  return waitFor(
    async () => {
      const response = await fetch(url, { signal: AbortSignal.timeout(requestTimeoutMs) });
      if (response.status === status) return response;
      const body = await response.text().catch(() => '');
      throw new Error(`GET ${url} answered ${response.status} ${body.slice(0, 200)}`);
    },
    { timeoutMs, intervalMs, description: `GET ${url} to answer ${status}` },
  );
}

module.exports = { waitFor, waitForHttp, fatal };
