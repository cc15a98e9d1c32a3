// A throwaway PostgreSQL cluster of our own (Debian's server binaries, initdb + pg_ctl) on a free
// loopback port, for the integration and fault suites and for deploy/scripts. fsync and
// synchronous_commit are set on explicitly (deploy/postgres/civicloop.conf) and checked after every
// start: never relax them.
//
// Layout of the cluster's base directory (a fresh temp dir unless opts.baseDir is given):
//   data/            PGDATA (owned by the postgres OS user when we run as root)
//   socket/          unix socket directory (so nothing lands in /var/run/postgresql)
//   server.log       the server's log (pg_ctl -l)
//   password         the generated password of superuser "postgres" (mode 0600)
//   data/civicloop.conf  deploy/postgres/civicloop.conf + port and listen address, rewritten on every start
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { freePort } = require('../free-port');
const { waitFor, fatal } = require('../wait-for');

const HOST = '127.0.0.1';
const SUPERUSER = 'postgres';
const INSTALL_HINT = 'install them with: apt-get install -y postgresql-15 (.ci/run does this)';
const CONFIG_TEMPLATE = path.resolve(__dirname, '../../../deploy/postgres/civicloop.conf');

/** Directory of initdb/pg_ctl/psql: $CIVICLOOP_PG_BIN, else PostgreSQL 15, else the newest installed. */
function findPgBin(explicit = process.env.CIVICLOOP_PG_BIN) {
  const candidates = [];
  if (explicit) candidates.push(explicit);
  candidates.push('/usr/lib/postgresql/15/bin');
  const root = '/usr/lib/postgresql';
  if (fs.existsSync(root)) {
    const versions = fs.readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(root, version, 'bin')));
  }
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl')));
  if (!found) throw new Error(`PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin; ${INSTALL_HINT}`);
  return found;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Environment for PostgreSQL tools: no PG* variables of the caller leak into our cluster. */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('PG')) env[key] = value;
  return { ...env, LC_ALL: 'C.UTF-8', ...extra };
}

/** Runs a command (as the postgres OS user when we are root: PostgreSQL refuses to run as root). */
function run(command, args, { asPostgres = false, env = cleanEnv(), timeoutMs = 120_000, allowFailure = false } = {}) {
  const [file, argv] = asPostgres && isRoot() ? ['runuser', ['-u', SUPERUSER, '--', command, ...args]] : [command, args];
  // stdin/stdout/stderr are pipes the postmaster must not inherit: pg_ctl sends it to the log file.
  const result = spawnSync(file, argv, { env, encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new Error(`${path.basename(command)} could not run: ${result.error.message}`);
  if (result.status !== 0 && !allowFailure) {
    const output = `${result.stdout}${result.stderr}`.trim();
    throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${result.status ?? result.signal}: ${output}`);
  }
  return result;
}

function postgresIds() {
  const uid = run('id', ['-u', SUPERUSER], { allowFailure: true });
  const gid = run('id', ['-g', SUPERUSER], { allowFailure: true });
  if (uid.status !== 0) throw new Error(`running as root needs an OS user "${SUPERUSER}" to own the cluster; ${INSTALL_HINT}`);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** Makes `target` (a file or directory we created) belong to the postgres OS user when we are root. */
function giveToPostgres(target) {
  if (!isRoot()) return;
  const { uid, gid } = postgresIds();
  fs.chownSync(target, uid, gid);
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

function layoutOf(baseDir) {
  return {
    baseDir,
    dataDir: path.join(baseDir, 'data'),
    socketDir: path.join(baseDir, 'socket'),
    logFile: path.join(baseDir, 'server.log'),
    passwordFile: path.join(baseDir, 'password'),
  };
}

/** deploy/postgres/civicloop.conf plus where to listen; rewritten on every start, included from postgresql.conf. */
function writeServerConf(layout, port) {
  const template = fs.readFileSync(CONFIG_TEMPLATE, 'utf8');
  for (const setting of ['fsync', 'synchronous_commit']) {
    if (!new RegExp(`^${setting} = on$`, 'm').test(template)) throw new Error(`${CONFIG_TEMPLATE} must say "${setting} = on"`);
  }
  const file = path.join(layout.dataDir, 'civicloop.conf');
  const generated = [
    `# --- written by tests/support/servers/postgres.js on every start`,
    `listen_addresses = '${HOST}'`,
    `port = ${port}`,
    `unix_socket_directories = '${layout.socketDir}'`,
    '',
  ];
  fs.writeFileSync(file, `${template.trimEnd()}\n\n${generated.join('\n')}`);
  giveToPostgres(file);
}

function readConfPort(dataDir) {
  const text = fs.readFileSync(path.join(dataDir, 'civicloop.conf'), 'utf8');
  const match = /^port = (\d+)$/m.exec(text);
  if (!match) throw new Error(`no port in ${path.join(dataDir, 'civicloop.conf')}`);
  return Number(match[1]);
}

function initCluster(layout, binDir) {
  fs.mkdirSync(layout.socketDir, { recursive: true });
  giveToPostgres(layout.socketDir);
  fs.chmodSync(layout.socketDir, 0o700);
  if (!fs.existsSync(layout.passwordFile)) {
    fs.writeFileSync(layout.passwordFile, `${crypto.randomBytes(18).toString('hex')}\n`, { mode: 0o600 });
    giveToPostgres(layout.passwordFile);
  }
  run(
    path.join(binDir, 'initdb'),
    ['-D', layout.dataDir, '-U', SUPERUSER, `--pwfile=${layout.passwordFile}`, '--auth-local=trust', '--auth-host=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8'],
    { asPostgres: true },
  );
  // Only the socket (in a directory only postgres can enter) and 127.0.0.1 with the password.
  fs.writeFileSync(
    path.join(layout.dataDir, 'pg_hba.conf'),
    ['# Written by tests/support/servers/postgres.js', 'local all all trust', `host all all ${HOST}/32 scram-sha-256`, ''].join('\n'),
  );
  fs.appendFileSync(path.join(layout.dataDir, 'postgresql.conf'), "\ninclude = 'civicloop.conf'\n");
}

/** Control over a cluster laid out as above: start/stop/query. Used by startPostgres and attachPostgres. */
function clusterControl(layout, binDir, port, { timeoutMs = 60_000 } = {}) {
  const password = fs.readFileSync(layout.passwordFile, 'utf8').trim();
  const pgCtl = path.join(binDir, 'pg_ctl');
  const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${port}/postgres`;

  const isRunning = () => run(pgCtl, ['-D', layout.dataDir, 'status'], { asPostgres: true, allowFailure: true }).status === 0;

  /** Runs SQL over TCP as the superuser (psql -At); resolves to its trimmed output. */
  function query(sql, { database = 'postgres', connectTimeoutS = 3 } = {}) {
    const env = cleanEnv({ PGPASSWORD: password, PGCONNECT_TIMEOUT: String(connectTimeoutS) });
    const args = ['-h', HOST, '-p', String(port), '-U', SUPERUSER, '-d', database, '-X', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql];
    return run(path.join(binDir, 'psql'), args, { env, timeoutMs: 30_000 }).stdout.trim();
  }

  async function start() {
    if (isRunning()) return;
    // pg_ctl -w polls postmaster.pid until the server says "ready" (or exits), bounded by -t; then
    // we poll a real password login over TCP, bounded by timeoutMs.
    const seconds = String(Math.ceil(timeoutMs / 1000));
    const started = run(pgCtl, ['-D', layout.dataDir, '-l', layout.logFile, '-w', '-t', seconds, 'start'], { asPostgres: true, allowFailure: true });
    if (started.status !== 0) {
      throw new Error(`pg_ctl start failed (${`${started.stdout}${started.stderr}`.trim()}). Log ${layout.logFile}:\n${tail(layout.logFile)}`);
    }
    await waitFor(
      () => {
        try {
          return query('select 1') === '1';
        } catch (error) {
          if (!isRunning()) throw fatal(`PostgreSQL exited during start-up. Log ${layout.logFile}:\n${tail(layout.logFile)}`);
          throw error;
        }
      },
      { timeoutMs, intervalMs: 100, description: `PostgreSQL on ${HOST}:${port} to accept connections (log ${layout.logFile})` },
    );
    const settings = query("select current_setting('fsync') || ',' || current_setting('synchronous_commit')");
    if (settings !== 'on,on') throw new Error(`PostgreSQL started without durability (fsync,synchronous_commit = ${settings})`);
  }

  function stopWith(mode) {
    if (!isRunning()) return;
    run(pgCtl, ['-D', layout.dataDir, '-m', mode, '-w', '-t', String(Math.ceil(timeoutMs / 1000)), 'stop'], { asPostgres: true });
  }

  return {
    url,
    host: HOST,
    port,
    user: SUPERUSER,
    password,
    database: 'postgres',
    ...layout,
    binDir,
    query,
    isRunning,
    start,
    /** Clean shutdown (pg_ctl stop -m fast). */
    stop: async () => stopWith('fast'),
    /** Crash-like shutdown (pg_ctl stop -m immediate): the next start runs crash recovery. */
    stopImmediate: async () => stopWith('immediate'),
  };
}

/**
 * Starts a PostgreSQL cluster. opts: baseDir (reused if it already holds a cluster; default a fresh
 * temp dir that destroy() removes), port (default a free one), binDir, timeoutMs (start-up bound).
 * Resolves to { url, port, dataDir, baseDir, binDir, password, query(sql), start(), stop(),
 * stopImmediate(), destroy(), timings: { initdbMs, startMs } }.
 */
async function startPostgres(opts = {}) {
  const binDir = opts.binDir || findPgBin();
  const ownsBaseDir = !opts.baseDir;
  const baseDir = opts.baseDir ? path.resolve(opts.baseDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'civicloop-pg-'));
  fs.mkdirSync(baseDir, { recursive: true, mode: 0o700 });
  giveToPostgres(baseDir);
  if (isRoot() && run('test', ['-w', baseDir], { asPostgres: true, allowFailure: true }).status !== 0) {
    throw new Error(`the postgres OS user cannot write ${baseDir} (a parent directory is not searchable); point TMPDIR or baseDir elsewhere, e.g. /tmp`);
  }
  const layout = layoutOf(baseDir);
  const timings = { initdbMs: 0, startMs: 0 };
  let begun = Date.now();
  if (!fs.existsSync(path.join(layout.dataDir, 'PG_VERSION'))) {
    initCluster(layout, binDir);
    timings.initdbMs = Date.now() - begun;
  }
  const port = opts.port || (await freePort());
  writeServerConf(layout, port);
  const cluster = clusterControl(layout, binDir, port, opts);
  begun = Date.now();
  try {
    await cluster.start();
  } catch (error) {
    cluster.stopImmediate().catch(() => {});
    throw error;
  }
  timings.startMs = Date.now() - begun;

  /** Stops the server (fast, else immediate) and removes the temp dir if startPostgres made it. */
  async function destroy({ keepFiles = !ownsBaseDir } = {}) {
    try {
      await cluster.stop();
    } catch {
      await cluster.stopImmediate().catch(() => {});
    }
    if (!keepFiles) fs.rmSync(baseDir, { recursive: true, force: true });
  }
  return { ...cluster, destroy, timings };
}

/**
 * Control of a cluster started elsewhere (e.g. by run-all.js) from its data dir, for fault tests:
 * attachPostgres({ dataDir: process.env.CIVICLOOP_TEST_PG_DATA_DIR, binDir: process.env.CIVICLOOP_TEST_PG_BIN }).
 */
function attachPostgres({ dataDir, binDir = findPgBin(), timeoutMs } = {}) {
  if (!dataDir) throw new Error('attachPostgres needs dataDir (CIVICLOOP_TEST_PG_DATA_DIR)');
  const layout = layoutOf(path.dirname(path.resolve(dataDir)));
  return clusterControl(layout, binDir, readConfPort(layout.dataDir), { timeoutMs });
}

module.exports = { startPostgres, attachPostgres, findPgBin };
