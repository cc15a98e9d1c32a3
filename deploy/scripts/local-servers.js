#!/usr/bin/env node
// Starts PostgreSQL 15 and nats-server v2.15.2 for distributed mode on a developer machine (no
// Docker), prints where they are as `export CIVICLOOP_...=...` lines on stdout, then a line
// "# civicloop local servers ready", and keeps them running until Ctrl-C (SIGINT) or SIGTERM.
// Progress goes to stderr, so `eval "$(...)"`-style consumers see only the exports.
//
//   node deploy/scripts/local-servers.js [--state-dir DIR] [--fresh] [--pg-port N] [--nats-port N] [--nats-monitor-port N]
//
// Data is kept in --state-dir (default .civicloop/local, git-ignored) across runs; --fresh wipes it.
const fs = require('node:fs');
const path = require('node:path');
const { startPostgres } = require('../../tests/support/servers/postgres');
const { ensureNatsServer, startNats } = require('../../tests/support/servers/nats');

const REPO_ROOT = path.resolve(__dirname, '../..');
const log = (line) => process.stderr.write(`[local-servers] ${line}\n`);

function parseArgs(argv) {
  const opts = { stateDir: path.join(REPO_ROOT, '.civicloop/local'), fresh: false };
  const numeric = { '--pg-port': 'pgPort', '--nats-port': 'natsPort', '--nats-monitor-port': 'natsMonitorPort' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--fresh') opts.fresh = true;
    else if (arg === '--state-dir') opts.stateDir = path.resolve(argv[++i]);
    else if (numeric[arg]) opts[numeric[arg]] = Number(argv[++i]);
    else throw new Error(`unknown argument "${arg}"`);
  }
  return opts;
}

const servers = [];
let stopping = false;

async function stop(reason, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  log(`${reason}: stopping PostgreSQL and nats-server (data kept)`);
  await Promise.allSettled(servers.map((server) => server.destroy({ keepFiles: true })));
  process.exit(exitCode);
}

/**
 * The services' login role (row-level security binds it: no superuser, no BYPASSRLS, owns
 * nothing); its password is generated once and kept in the state directory.
 */
function ensureAppRole(pg, stateDir) {
  const role = process.env.CIVICLOOP_APP_ROLE || 'civicloop_app';
  const file = path.join(stateDir, 'app-role-password');
  if (!fs.existsSync(file)) fs.writeFileSync(file, require('node:crypto').randomBytes(18).toString('hex'), { mode: 0o600 });
  const password = fs.readFileSync(file, 'utf8').trim();
  const verb = pg.query(`select count(*) from pg_roles where rolname = '${role}'`) === '1' ? 'alter' : 'create';
  pg.query(`${verb} role ${role} login password '${password}' nosuperuser nobypassrls`);
  const url = new URL(pg.url);
  url.username = role;
  url.password = password;
  return url.toString();
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.fresh) fs.rmSync(opts.stateDir, { recursive: true, force: true });
  fs.mkdirSync(opts.stateDir, { recursive: true });
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGHUP', () => stop('SIGHUP'));

  const binary = ensureNatsServer({ log });
  const pg = await startPostgres({ baseDir: path.join(opts.stateDir, 'postgres'), port: opts.pgPort });
  servers.push(pg);
  log(`PostgreSQL on ${pg.host}:${pg.port}, data ${pg.dataDir}, log ${pg.logFile}`);
  const nats = await startNats({
    binary,
    baseDir: path.join(opts.stateDir, 'nats'),
    port: opts.natsPort,
    monitorPort: opts.natsMonitorPort,
  });
  servers.push(nats);
  log(`nats-server on ${nats.url}, monitor ${nats.monitorUrl}, store ${nats.storeDir}, log ${nats.logFile}`);

  const quote = (value) => `'${String(value).replace(/'/g, `'\\''`)}'`;
  const appUrl = ensureAppRole(pg, opts.stateDir);
  process.stdout.write(
    [
      `export CIVICLOOP_DATABASE_URL=${quote(appUrl)}`,
      `export CIVICLOOP_MIGRATION_DATABASE_URL=${quote(pg.url)}`,
      `export CIVICLOOP_NATS_URL=${quote(nats.url)}`,
      `export CIVICLOOP_NATS_MONITOR_URL=${quote(nats.monitorUrl)}`,
      '# civicloop local servers ready',
      '',
    ].join('\n'),
  );
  log('running; Ctrl-C stops both');
  setInterval(() => {
    if (stopping) return;
    if (!nats.isRunning()) stop(`nats-server exited unexpectedly (log ${nats.logFile})`, 1);
    else if (!pg.isRunning()) stop(`PostgreSQL exited unexpectedly (log ${pg.logFile})`, 1);
  }, 5000);
}

main().catch((error) => {
  log(`failed: ${error.message}`);
  stop('start-up failed', 1);
});
