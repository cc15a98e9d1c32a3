// The shared PostgreSQL + NATS + Keycloak stack of one test run, and the environment the suites read it from.
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { startPostgres } = require('../servers/postgres');
const { ensureNatsServer, startNats } = require('../servers/nats');
const { startKeycloak, killStartedKeycloaksNow } = require('../servers/keycloak');

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function createStack() {
  const stack = { pg: null, nats: null, keycloak: null, keycloakStarting: null };

  /** Keycloak is the slowest (40–60 s on a first start): it starts while the others are built and started. */
  async function startStackKeycloak(onSpawn) {
    const keycloak = await startKeycloak({ log: (line) => console.log(`  ${line}`), onSpawn });
    stack.keycloak = keycloak;
    const { downloadMs, extractMs, copyMs, startMs, augmented } = keycloak.timings;
    const fetched = downloadMs || extractMs ? `download ${seconds(downloadMs)}, extract ${seconds(extractMs)}, ` : '';
    console.log(`  Keycloak ${keycloak.url} (realm ${keycloak.realm}): ${fetched}copy ${seconds(copyMs)}, start ${seconds(startMs)}${augmented ? ' (with its one-time dev build)' : ''}`);
  }

  /** Builds nats-server if needed, then starts PostgreSQL and NATS, and Keycloak alongside; logs what each took. */
  stack.start = async () => {
    // The others block the event loop (spawnSync), so they begin once Keycloak's process is running.
    let spawned;
    const keycloakSpawned = new Promise((resolve) => (spawned = resolve));
    stack.keycloakStarting = startStackKeycloak(spawned);
    await Promise.race([keycloakSpawned, stack.keycloakStarting.catch(() => {})]);
    let othersFailed = null;
    try {
      await startPostgresAndNats();
    } catch (error) {
      othersFailed = error;
      killStartedKeycloaksNow(); // no need to wait for it to come up
    }
    const keycloakFailed = await stack.keycloakStarting.then(() => null, (error) => error);
    stack.keycloakStarting = null;
    if (othersFailed) throw othersFailed;
    if (keycloakFailed) throw new Error(`Keycloak did not start: ${keycloakFailed.message}`);
  };

  async function startPostgresAndNats() {
    const built = Date.now();
    const binary = ensureNatsServer();
    console.log(`  nats-server ${binary} ready (${seconds(Date.now() - built)})`);
    stack.pg = await startPostgres();
    const { initdbMs, startMs } = stack.pg.timings;
    console.log(`  PostgreSQL ${stack.pg.port} in ${stack.pg.dataDir}: initdb ${seconds(initdbMs)}, start ${seconds(startMs)}`);
    stack.nats = await startNats({ binary });
    console.log(`  nats-server ${stack.nats.url} (monitor ${stack.nats.monitorUrl}): start ${seconds(stack.nats.timings.startMs)}`);
  }

  /** What the integration and fault suites read (tests/support/require-servers.js checks the URLs). */
  stack.env = () => ({
    CIVICLOOP_TEST_PG_URL: stack.pg.url,
    CIVICLOOP_TEST_NATS_URL: stack.nats.url,
    CIVICLOOP_TEST_NATS_MONITOR_URL: stack.nats.monitorUrl,
    CIVICLOOP_TEST_PG_DATA_DIR: stack.pg.dataDir,
    CIVICLOOP_TEST_PG_BIN: stack.pg.binDir,
    CIVICLOOP_TEST_KEYCLOAK_URL: stack.keycloak.url,
    CIVICLOOP_TEST_KEYCLOAK_ADMIN_USER: stack.keycloak.adminUser,
    CIVICLOOP_TEST_KEYCLOAK_ADMIN_PASSWORD: stack.keycloak.adminPassword,
  });

  /** Stops the servers; keeps their directories (logs) when asked, e.g. after a failure. */
  stack.destroy = async ({ keepFiles = false } = {}) => {
    if (stack.keycloakStarting) {
      killStartedKeycloaksNow(); // a signal during provisioning: the start fails at once
      await stack.keycloakStarting.catch(() => {});
    }
    const { pg, nats, keycloak } = stack;
    stack.pg = null;
    stack.nats = null;
    stack.keycloak = null;
    const results = await Promise.allSettled([nats && nats.destroy({ keepFiles }), pg && pg.destroy({ keepFiles }), keycloak && keycloak.destroy({ keepFiles })]);
    if (keepFiles) for (const server of [pg, nats, keycloak]) if (server) console.log(`  kept ${server.baseDir} (server.log inside)`);
    const failed = results.filter((result) => result.status === 'rejected');
    if (failed.length) throw new Error(failed.map((result) => result.reason.message).join('; '));
  };

  /** Synchronous last resort for process 'exit': nothing we started may outlive us. */
  stack.killNowSync = () => {
    killStartedKeycloaksNow();
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
