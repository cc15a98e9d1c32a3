// The shared PostgreSQL + NATS stack of one test run, and the environment the suites read it from.
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { startPostgres } = require('../servers/postgres');
const { ensureNatsServer, startNats } = require('../servers/nats');

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function createStack() {
  const stack = { pg: null, nats: null };

  /** Builds nats-server if needed, then starts PostgreSQL and NATS; logs what each took. */
  stack.start = async () => {
    const built = Date.now();
    const binary = ensureNatsServer();
    console.log(`  nats-server ${binary} ready (${seconds(Date.now() - built)})`);
    stack.pg = await startPostgres();
    const { initdbMs, startMs } = stack.pg.timings;
    console.log(`  PostgreSQL ${stack.pg.port} in ${stack.pg.dataDir}: initdb ${seconds(initdbMs)}, start ${seconds(startMs)}`);
    stack.nats = await startNats({ binary });
    console.log(`  nats-server ${stack.nats.url} (monitor ${stack.nats.monitorUrl}): start ${seconds(stack.nats.timings.startMs)}`);
  };

  /** What the integration and fault suites read (tests/support/require-servers.js checks the first three). */
  stack.env = () => ({
    CIVICLOOP_TEST_PG_URL: stack.pg.url,
    CIVICLOOP_TEST_NATS_URL: stack.nats.url,
    CIVICLOOP_TEST_NATS_MONITOR_URL: stack.nats.monitorUrl,
    CIVICLOOP_TEST_PG_DATA_DIR: stack.pg.dataDir,
    CIVICLOOP_TEST_PG_BIN: stack.pg.binDir,
  });

  /** Stops both servers; keeps their directories (logs) when asked, e.g. after a failure. */
  stack.destroy = async ({ keepFiles = false } = {}) => {
    const { pg, nats } = stack;
    stack.pg = null;
    stack.nats = null;
    const results = await Promise.allSettled([nats && nats.destroy({ keepFiles }), pg && pg.destroy({ keepFiles })]);
    if (keepFiles) for (const server of [pg, nats]) if (server) console.log(`  kept ${server.baseDir} (server.log inside)`);
    const failed = results.filter((result) => result.status === 'rejected');
    if (failed.length) throw new Error(failed.map((result) => result.reason.message).join('; '));
  };

  /** Synchronous last resort for process 'exit': nothing we started may outlive us. */
  stack.killNowSync = () => {
    if (stack.nats) stack.nats.killNow();
    if (stack.pg) {
      const pgCtl = path.join(stack.pg.binDir, 'pg_ctl');
      const argv = ['-D', stack.pg.dataDir, '-m', 'immediate', 'stop'];
      const asRoot = process.getuid && process.getuid() === 0;
      spawnSync(asRoot ? 'runuser' : pgCtl, asRoot ? ['-u', 'postgres', '--', pgCtl, ...argv] : argv, { stdio: 'ignore' });
    }
  };

  return stack;
}

module.exports = { createStack };
