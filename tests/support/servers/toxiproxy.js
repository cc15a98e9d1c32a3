// toxiproxy-server v2.5.0 (Shopify), built from the Go module proxy into the cache like nats-server,
// and started on a free loopback port. The fault suites put it between the services and NATS or
// PostgreSQL to cut a link or slow it down; they talk to its HTTP API directly with fetch.
// Run directly (`node tests/support/servers/toxiproxy.js`) it only ensures the binary and prints its path.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { freePort } = require('../free-port');
const { waitFor, fatal } = require('../wait-for');

const HOST = '127.0.0.1';
const TOXIPROXY_VERSION = '2.5.0';
const TOXIPROXY_MODULE = `github.com/Shopify/toxiproxy/v2/cmd/server@v${TOXIPROXY_VERSION}`;

const binDir = () => path.join(process.env.CIVICLOOP_CACHE || path.join(os.homedir(), '.cache', 'civicloop'), 'bin');
// `go install .../cmd/server` names the binary "server"; we keep it under a name that says what it is.
const binPath = () => path.join(binDir(), `toxiproxy-server-${TOXIPROXY_VERSION}`);

function findGo() {
  const candidates = ['go', '/usr/local/go/bin/go', path.join(os.homedir(), 'go/bin/go')];
  return candidates.find((go) => spawnSync(go, ['version'], { encoding: 'utf8' }).status === 0);
}

/** Path of toxiproxy-server 2.5.0, built with `go install` into the cache when missing. */
function ensureToxiproxy({ log = (line) => console.log(line) } = {}) {
  const binary = binPath();
  if (fs.existsSync(binary)) return binary;
  const built = path.join(binDir(), 'server');
  if (!fs.existsSync(built)) {
    const go = findGo();
    if (!go) throw new Error(`toxiproxy-server ${TOXIPROXY_VERSION} is not built (${binary}) and no Go toolchain was found to build it`);
    log(`[toxiproxy] building: GOBIN=${binDir()} go install ${TOXIPROXY_MODULE}`);
    fs.mkdirSync(binDir(), { recursive: true });
    const result = spawnSync(go, ['install', TOXIPROXY_MODULE], {
      env: { ...process.env, GOBIN: binDir(), CGO_ENABLED: '0' },
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 15 * 60_000,
    });
    if (result.status !== 0) throw new Error(`go install ${TOXIPROXY_MODULE} failed (${result.status ?? result.error ?? result.signal})`);
  }
  const version = spawnSync(built, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (version.status !== 0 || !/toxiproxy/i.test(version.stdout)) throw new Error(`${built} is not toxiproxy-server (${version.stdout}${version.stderr})`);
  fs.renameSync(built, binary);
  return binary;
}

/**
 * Starts toxiproxy-server. opts: port (default a free one), binary, logFile, timeoutMs.
 * Resolves to { apiUrl, pid, proxy(name, upstreamPort) → listen port, setEnabled(name, on),
 * addToxic(name, toxic), removeToxic(name, toxicName), destroy() }.
 */
async function startToxiproxy(opts = {}) {
  const binary = opts.binary || ensureToxiproxy();
  const port = opts.port || (await freePort());
  const logFile = opts.logFile || path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'civicloop-toxiproxy-')), 'server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(binary, ['-host', HOST, '-port', String(port)], { stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let running = true;
  const exited = new Promise((resolve) => child.once('exit', () => resolve((running = false))));
  const apiUrl = `http://${HOST}:${port}`;

  async function api(method, urlPath, body) {
    const response = await fetch(`${apiUrl}${urlPath}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(5_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`toxiproxy ${method} ${urlPath} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  }

  await waitFor(
    async () => {
      if (!running) throw fatal(`toxiproxy-server exited during start-up (log ${logFile})`);
      return (await api('GET', '/proxies')) !== undefined;
    },
    { timeoutMs: opts.timeoutMs || 15_000, intervalMs: 50, description: `toxiproxy-server on ${apiUrl}` },
  );

  return {
    apiUrl,
    logFile,
    get pid() {
      return running ? child.pid : null;
    },
    /** A proxy named `name` from a free loopback port to 127.0.0.1:upstreamPort; resolves to the port. */
    async proxy(name, upstreamPort) {
      const listen = await freePort();
      await api('POST', '/proxies', { name, listen: `${HOST}:${listen}`, upstream: `${HOST}:${upstreamPort}`, enabled: true });
      return listen;
    },
    /** Disabling closes every connection through the proxy and refuses new ones until enabled again. */
    setEnabled: (name, enabled) => api('POST', `/proxies/${name}`, { enabled }),
    /** e.g. { name: 'slow', type: 'latency', stream: 'downstream', attributes: { latency: 200 } }. */
    addToxic: (name, toxic) => api('POST', `/proxies/${name}/toxics`, toxic),
    removeToxic: (name, toxicName) => api('DELETE', `/proxies/${name}/toxics/${toxicName}`),
    async destroy() {
      if (!running) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
    /** Synchronous last-resort kill for process 'exit' handlers. */
    killNow() {
      if (running) child.kill('SIGKILL');
    },
  };
}

module.exports = { ensureToxiproxy, startToxiproxy, TOXIPROXY_VERSION };

if (require.main === module) {
  try {
    console.log(ensureToxiproxy());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
