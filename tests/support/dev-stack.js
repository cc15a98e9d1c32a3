#!/usr/bin/env node
// For developers: one PostgreSQL 15 and one nats-server (and Keycloak unless --no-keycloak) that stay
// up until Ctrl-C, with the environment the integration suites read written to a file, so one
// suite can be run again and again without provisioning each time:
//
//   node tests/support/dev-stack.js [--no-keycloak] [--write-env FILE] &
//   set -a; . FILE; set +a; npx jest --selectProjects integration tests/integration/x.test.ts --runInBand
//
// Suites reset the JetStream stream, so each developer (or helper) runs a stack of their own.
// `npm test` does not use this: it provisions and tears down its own stack.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startPostgres } = require('./servers/postgres');
const { ensureNatsServer, startNats } = require('./servers/nats');
const { startKeycloak } = require('./servers/keycloak');

async function main() {
  const args = process.argv.slice(2);
  const withKeycloak = !args.includes('--no-keycloak');
  const envIndex = args.indexOf('--write-env');
  const envFile = envIndex >= 0 ? path.resolve(args[envIndex + 1]) : path.join(os.tmpdir(), `civicloop-dev-stack-${process.pid}.env`);
  const servers = [];
  const stop = async () => {
    await Promise.allSettled(servers.map((server) => server.destroy()));
    fs.rmSync(envFile, { force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const keycloakStarting = withKeycloak ? startKeycloak({ log: (line) => console.log(`  ${line}`) }) : null;
  const pg = await startPostgres();
  servers.push(pg);
  const nats = await startNats({ binary: ensureNatsServer() });
  servers.push(nats);
  const keycloak = keycloakStarting ? await keycloakStarting : null;
  if (keycloak) servers.push(keycloak);

  const env = {
    CIVICLOOP_TEST_PG_URL: pg.url,
    CIVICLOOP_TEST_NATS_URL: nats.url,
    CIVICLOOP_TEST_NATS_MONITOR_URL: nats.monitorUrl,
    CIVICLOOP_TEST_PG_DATA_DIR: pg.dataDir,
    CIVICLOOP_TEST_PG_BIN: pg.binDir,
    // Without Keycloak the suites that need it fail at their first token; the others run.
    CIVICLOOP_TEST_KEYCLOAK_URL: keycloak ? keycloak.url : 'http://127.0.0.1:9/keycloak-not-started',
    CIVICLOOP_TEST_KEYCLOAK_ADMIN_USER: keycloak ? keycloak.adminUser : '',
    CIVICLOOP_TEST_KEYCLOAK_ADMIN_PASSWORD: keycloak ? keycloak.adminPassword : '',
  };
  fs.writeFileSync(envFile, Object.entries(env).map(([name, value]) => `${name}='${value}'`).join('\n') + '\n');
  console.log(`dev stack up; environment in ${envFile} (Ctrl-C stops it)`);
}

main().catch((error) => {
  console.error(error.stack || error.message);
  process.exit(1);
});
