// Jest globalSetup for suites that claim real servers: without them the suite fails, never skips.
const REQUIRED = ['CIVICLOOP_TEST_PG_URL', 'CIVICLOOP_TEST_NATS_URL', 'CIVICLOOP_TEST_NATS_MONITOR_URL', 'CIVICLOOP_TEST_KEYCLOAK_URL'];

module.exports = async function requireServers() {
  const missing = REQUIRED.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `integration suites need real servers; missing ${missing.join(', ')}. Run "npm test", which starts PostgreSQL, nats-server and Keycloak.`,
    );
  }
};
