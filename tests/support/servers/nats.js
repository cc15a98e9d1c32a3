// nats-server v2.15.2 built from the Go module proxy (not Debian's 2.9.10) and started on free
// loopback ports with JetStream on a file store that fsyncs every write (sync_interval: always).
// Run directly (`node tests/support/servers/nats.js`) it only ensures the binary and prints its path.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { freePort } = require('../free-port');
const { waitFor, fatal } = require('../wait-for');

const HOST = '127.0.0.1';
const NATS_VERSION = '2.15.2';
const NATS_MODULE = `github.com/nats-io/nats-server/v2@v${NATS_VERSION}`;
const REPO_ROOT = path.resolve(__dirname, '../../..');
const CONFIG_TEMPLATE = path.join(REPO_ROOT, 'deploy/nats/nats-server.conf');

const cacheDir = () => process.env.CIVICLOOP_CACHE || path.join(os.homedir(), '.cache', 'civicloop');
const binPath = () => path.join(cacheDir(), 'bin', 'nats-server');

function versionOf(binary) {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return result.status === 0 ? result.stdout.trim() : null;
}

function findGo() {
  const candidates = ['go', '/usr/local/go/bin/go', path.join(os.homedir(), 'go/bin/go')];
  return candidates.find((go) => spawnSync(go, ['version'], { encoding: 'utf8' }).status === 0);
}

/** Path of nats-server 2.15.x, built with `go install` into the cache when missing (≈60–100 s). */
function ensureNatsServer({ log = (line) => console.log(line) } = {}) {
  const binary = binPath();
  const expected = `v${NATS_VERSION.split('.').slice(0, 2).join('.')}.`;
  const current = fs.existsSync(binary) ? versionOf(binary) : null;
  if (current && current.includes(expected)) return binary;
  const go = findGo();
  if (!go) throw new Error(`nats-server ${NATS_VERSION} is not built (${binary}) and no Go toolchain was found to build it`);
  log(`[nats] ${current ? `found ${current}, rebuilding` : 'building'}: GOBIN=${path.dirname(binary)} go install ${NATS_MODULE}`);
  fs.mkdirSync(path.dirname(binary), { recursive: true });
  const began = Date.now();
  const built = spawnSync(go, ['install', NATS_MODULE], {
    env: { ...process.env, GOBIN: path.dirname(binary), CGO_ENABLED: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 15 * 60_000,
  });
  if (built.status !== 0) throw new Error(`go install ${NATS_MODULE} failed (${built.status ?? built.error ?? built.signal})`);
  log(`[nats] built nats-server in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  const version = versionOf(binary);
  if (!version || !version.includes(expected)) throw new Error(`${binary} --version says "${version}", expected ${expected}x`);
  return binary;
}

/**
 * The deploy config with our ports (also passed as flags, which win) and without its store_dir:
 * nats-server refuses a store_dir in the file together with -sd ("Duplicate 'store_dir'").
 */
function renderConfig({ port, monitorPort }) {
  let text = fs.readFileSync(CONFIG_TEMPLATE, 'utf8');
  const replace = (pattern, value) => {
    if (!pattern.test(text)) throw new Error(`${CONFIG_TEMPLATE} has no line matching ${pattern}`);
    text = text.replace(pattern, value);
  };
  replace(/^(\s*)port:.*$/m, `$1port: ${port}`);
  replace(/^(\s*)http_port:.*$/m, `$1http_port: ${monitorPort}`);
  replace(/^(\s*)store_dir:.*$/m, '$1# store_dir: given with -sd');
  if (!/^\s*sync_interval:\s*always\s*$/m.test(text)) throw new Error(`${CONFIG_TEMPLATE} must say "sync_interval: always"`);
  return text;
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

/**
 * Starts nats-server with JetStream. opts: baseDir (reused if given; default a fresh temp dir that
 * destroy() removes), port, monitorPort (default free ones), binary, timeoutMs (start-up bound).
 * Resolves to { url, monitorUrl, port, monitorPort, storeDir, pid, start(), stop(), kill9(), destroy() }.
 */
async function startNats(opts = {}) {
  const binary = opts.binary || ensureNatsServer();
  const ownsBaseDir = !opts.baseDir;
  const baseDir = opts.baseDir ? path.resolve(opts.baseDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'civicloop-nats-'));
  const storeDir = path.join(baseDir, 'store'); // nats-server keeps its files in <storeDir>/jetstream
  const confFile = path.join(baseDir, 'nats-server.conf');
  const logFile = path.join(baseDir, 'server.log');
  fs.mkdirSync(storeDir, { recursive: true });
  const port = opts.port || (await freePort());
  const monitorPort = opts.monitorPort || (await freePort());
  const timeoutMs = opts.timeoutMs || 30_000;
  fs.writeFileSync(confFile, renderConfig({ port, monitorPort }));
  const monitorUrl = `http://${HOST}:${monitorPort}`;
  const args = ['-a', HOST, '-p', String(port), '-m', String(monitorPort), '-js', '-sd', storeDir, '-c', confFile];
  let child = null;
  let exited = null; // resolves when the current child has exited

  async function start() {
    if (child) return;
    const out = fs.openSync(logFile, 'a');
    child = spawn(binary, args, { stdio: ['ignore', out, out] });
    fs.closeSync(out);
    const current = child;
    exited = new Promise((resolve) => current.once('exit', (code, signal) => resolve({ code, signal })));
    exited.then(() => {
      if (child === current) child = null;
    });
    try {
      await waitFor(() => healthy(current), {
        timeoutMs,
        intervalMs: 50,
        description: `nats-server JetStream on ${monitorUrl}/healthz (log ${logFile})`,
      });
      await assertSyncAlways(monitorUrl);
    } catch (error) {
      await signalAndWait('SIGKILL');
      throw error;
    }
  }

  async function healthy(current) {
    if (child !== current) throw fatal(`nats-server exited during start-up. Log ${logFile}:\n${tail(logFile)}`);
    const response = await fetch(`${monitorUrl}/healthz?js-enabled-only=true`, { signal: AbortSignal.timeout(2_000) });
    if (!response.ok) throw new Error(`healthz answered ${response.status} ${await response.text()}`);
    return true;
  }

  async function signalAndWait(signal) {
    if (!child) return;
    const done = exited;
    child.kill(signal);
    const timer = setTimeout(() => child && child.kill('SIGKILL'), timeoutMs);
    await done;
    clearTimeout(timer);
  }

  const began = Date.now();
  try {
    await start();
  } catch (error) {
    if (ownsBaseDir) fs.rmSync(baseDir, { recursive: true, force: true });
    throw error;
  }
  const startMs = Date.now() - began;

  return {
    url: `nats://${HOST}:${port}`,
    monitorUrl,
    host: HOST,
    port,
    monitorPort,
    baseDir,
    storeDir,
    confFile,
    logFile,
    timings: { startMs },
    get pid() {
      return child ? child.pid : null;
    },
    isRunning: () => child !== null,
    /** Start again on the same ports and store (after stop() or kill9()). */
    start,
    /** Clean shutdown (SIGTERM), waiting until the process has exited. */
    stop: () => signalAndWait('SIGTERM'),
    /** Crash (SIGKILL), waiting until the process has exited. */
    kill9: () => signalAndWait('SIGKILL'),
    /** Stops the server and removes the temp dir if startNats made it. */
    async destroy({ keepFiles = !ownsBaseDir } = {}) {
      await signalAndWait('SIGTERM');
      if (!keepFiles) fs.rmSync(baseDir, { recursive: true, force: true });
    },
    /** Synchronous last-resort kill for process 'exit' handlers. */
    killNow() {
      if (child) child.kill('SIGKILL');
    },
  };
}

/**
 * /varz reports `jetstream.config.sync_always: true` when the server runs with sync_interval: always
 * (the field is left out otherwise). Its `sync_interval` stays at the 2-minute default
 * (120000000000 ns) either way, so that field proves nothing.
 */
async function assertSyncAlways(monitorUrl) {
  const response = await fetch(`${monitorUrl}/varz`, { signal: AbortSignal.timeout(5_000) });
  const varz = await response.json();
  const config = varz.jetstream && varz.jetstream.config;
  if (!config || config.sync_always !== true) {
    throw new Error(`nats-server at ${monitorUrl} does not fsync every write: /varz jetstream.config = ${JSON.stringify(config)}`);
  }
  return config;
}

module.exports = { ensureNatsServer, startNats, assertSyncAlways, NATS_VERSION };

if (require.main === module) {
  try {
    console.log(ensureNatsServer());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
