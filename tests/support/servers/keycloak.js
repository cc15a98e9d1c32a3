// Keycloak 26.5.6 (the keycloak-quarkus-dist archive from Maven Central) in development mode on free
// loopback ports, with the realm of deploy/keycloak imported, for the integration suites and for
// developers. The cached distribution stays pristine: every server runs from its own copy, whose
// data/ (H2 database, import folder) goes away with it.
//
//   node tests/support/servers/keycloak.js            download and extract once, print the path
//   node tests/support/servers/keycloak.js --start    run one on http://127.0.0.1:8080 until Ctrl-C
//   node tests/support/servers/keycloak.js --measure  time a first start and a restart, then stop
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { freePort } = require('../free-port');
const { waitFor, fatal } = require('../wait-for');

const HOST = '127.0.0.1';
const KEYCLOAK_VERSION = '26.5.6';
const ARTIFACT = `org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:tar.gz`;
const REALM = 'civicloop';
const REALM_FILE = path.resolve(__dirname, '../../../deploy/keycloak/civicloop-realm.json');
const TEMURIN_25 = '/usr/lib/jvm/temurin-25-jdk-amd64';
const ADMIN_USER = 'admin';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const cacheDir = () => path.join(process.env.CIVICLOOP_CACHE || path.join(os.homedir(), '.cache', 'civicloop'), 'keycloak');
const distDir = () => path.join(cacheDir(), `keycloak-${KEYCLOAK_VERSION}`);
/** lib/quarkus after start-dev's one-time re-augmentation (≈15 s), reused so later copies skip it. */
const devBuildDir = () => path.join(cacheDir(), `dev-build-${KEYCLOAK_VERSION}`);

/** Runs a command to its end without blocking the event loop (others start meanwhile). */
function run(command, args, { timeoutMs = 10 * 60_000, ...options } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${command} could not run: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}: ${output.trim().slice(-2000)}`));
    });
  });
}

/**
 * The extracted distribution in the cache, downloaded with Maven (≈20 s, 157 MB) and extracted once.
 * Safe when two runs race: each works in a folder of its own and the first rename wins.
 */
async function ensureKeycloak({ log = (line) => console.log(line) } = {}) {
  const dist = distDir();
  const timings = { downloadMs: 0, extractMs: 0 };
  if (fs.existsSync(path.join(dist, 'bin', 'kc.sh'))) return { home: dist, timings };
  fs.mkdirSync(cacheDir(), { recursive: true });
  const work = fs.mkdtempSync(path.join(cacheDir(), '.fetch-'));
  try {
    log(`[keycloak] downloading ${ARTIFACT} with mvn`);
    let began = Date.now();
    await run('mvn', ['-q', '-B', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${work}`]).catch((error) => {
      throw new Error(`could not download Keycloak (is Maven installed? apt-get install -y maven): ${error.message}`);
    });
    timings.downloadMs = Date.now() - began;
    const archive = path.join(work, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.tar.gz`);
    began = Date.now();
    await run('tar', ['xzf', archive, '-C', work]);
    timings.extractMs = Date.now() - began;
    try {
      fs.renameSync(path.join(work, `keycloak-${KEYCLOAK_VERSION}`), dist);
    } catch (error) {
      if (!fs.existsSync(path.join(dist, 'bin', 'kc.sh'))) throw error; // else another run was first
    }
    log(`[keycloak] ${dist}: download ${seconds(timings.downloadMs)}, extract ${seconds(timings.extractMs)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return { home: dist, timings };
}

/** Temurin 25 where the machine has it (Java 17 works but starts slower), else whatever `java` is. */
function javaEnv() {
  if (fs.existsSync(path.join(TEMURIN_25, 'bin', 'java'))) return { JAVA_HOME: TEMURIN_25 };
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0 && !process.env.JAVA_HOME) {
    throw new Error('Keycloak needs Java 17 or newer and none was found (apt-get install -y openjdk-17-jre-headless)');
  }
  return {};
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

/** Process groups of servers started by this process, for a synchronous kill on 'exit'. */
const liveGroups = new Set();

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

/**
 * Starts Keycloak with the realm imported. opts: port, managementPort (default free ones),
 * realmFile, adminPassword (default random), timeoutMs (start-up bound, 180 s), log, onSpawn
 * (called once its process runs, before it is ready).
 * Resolves to { url, realmUrl, realm, port, adminUser, adminPassword, baseDir, logFile, timings,
 * start(), stop(), kill9(), destroy(), killNow() }; start() after stop()/kill9() is a restart on the
 * same data (the realm, already there, is not imported again).
 */
async function startKeycloak(opts = {}) {
  const log = opts.log || ((line) => console.log(line));
  const { home: dist, timings: ensured } = await ensureKeycloak({ log });
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicloop-keycloak-'));
  const serverHome = path.join(baseDir, 'server');
  const logFile = path.join(baseDir, 'server.log');
  const timings = { ...ensured, copyMs: 0, startMs: 0, augmented: false };
  const began = Date.now();
  await run('cp', ['-a', dist, serverHome]);
  const cachedBuild = devBuildDir();
  if (fs.existsSync(cachedBuild)) await run('cp', ['-a', `${cachedBuild}/.`, path.join(serverHome, 'lib', 'quarkus')]);
  fs.mkdirSync(path.join(serverHome, 'data', 'import'), { recursive: true });
  fs.copyFileSync(opts.realmFile || REALM_FILE, path.join(serverHome, 'data', 'import', `${REALM}-realm.json`));
  timings.copyMs = Date.now() - began;

  const port = opts.port || (await freePort());
  const managementPort = opts.managementPort || (await freePort());
  const adminPassword = opts.adminPassword || crypto.randomBytes(12).toString('hex');
  const timeoutMs = opts.timeoutMs || 180_000;
  const url = `http://${HOST}:${port}`;
  const realmUrl = `${url}/realms/${REALM}`;
  const args = [
    'start-dev',
    // Pinned: tokens name this issuer, and one issued for "localhost" fails a check against 127.0.0.1.
    `--hostname=${url}`,
    `--http-host=${HOST}`,
    `--http-port=${port}`,
    `--http-management-port=${managementPort}`,
    '--import-realm',
  ];
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('KC_') && key !== 'JAVA_OPTS') env[key] = value;
  Object.assign(env, javaEnv(), { KC_BOOTSTRAP_ADMIN_USERNAME: ADMIN_USER, KC_BOOTSTRAP_ADMIN_PASSWORD: adminPassword });
  let child = null;
  let exited = null;

  async function start() {
    if (child) return 0;
    const startedAt = Date.now();
    const out = fs.openSync(logFile, 'a');
    // Its own process group: kc.sh runs java as a child, and a stop must reach both.
    child = spawn(path.join(serverHome, 'bin', 'kc.sh'), args, { cwd: serverHome, env, detached: true, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    const current = child;
    liveGroups.add(current.pid);
    exited = new Promise((resolve) => current.once('exit', (code, signal) => resolve({ code, signal })));
    exited.then(() => {
      liveGroups.delete(current.pid);
      if (child === current) child = null;
    });
    if (opts.onSpawn) opts.onSpawn(current.pid);
    try {
      await waitFor(
        async () => {
          if (child !== current) throw fatal(`Keycloak exited during start-up. Log ${logFile}:\n${tail(logFile)}`);
          const response = await fetch(`${realmUrl}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(2_000) });
          if (!response.ok) throw new Error(`openid-configuration answered ${response.status}`);
          return true;
        },
        { timeoutMs, intervalMs: 250, description: `Keycloak realm ${REALM} on ${url} (log ${logFile})` },
      );
    } catch (error) {
      await signalAndWait('SIGKILL');
      throw new Error(`${error.message}${error.fatal ? '' : `\nLog tail:\n${tail(logFile)}`}`);
    }
    return Date.now() - startedAt;
  }

  async function signalAndWait(signal) {
    if (!child) return;
    const { pid } = child;
    const done = exited;
    signalGroup(pid, signal);
    const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 30_000);
    await done;
    clearTimeout(timer);
    signalGroup(pid, 'SIGKILL'); // whatever of the group outlived kc.sh
  }

  try {
    timings.startMs = await start();
  } catch (error) {
    fs.rmSync(serverHome, { recursive: true, force: true }); // the log stays, for the error's path
    throw error;
  }
  timings.augmented = /Quarkus augmentation completed/.test(tail(logFile, 400));
  if (timings.augmented) saveDevBuild(serverHome, cachedBuild);

  return {
    url,
    realmUrl,
    realm: REALM,
    host: HOST,
    port,
    managementPort,
    adminUser: ADMIN_USER,
    adminPassword,
    baseDir,
    logFile,
    timings,
    get pid() {
      return child ? child.pid : null;
    },
    isRunning: () => child !== null,
    /** Starts again on the same ports and data; resolves to the milliseconds it took. */
    start,
    /** Clean shutdown (SIGTERM to the group), waiting until it has exited. */
    stop: () => signalAndWait('SIGTERM'),
    /** Crash (SIGKILL to the group), waiting until it has exited. */
    kill9: () => signalAndWait('SIGKILL'),
    /** Stops the server and removes its copy; keepFiles keeps its log (the 170 MB copy goes either way). */
    async destroy({ keepFiles = false } = {}) {
      await signalAndWait('SIGTERM');
      fs.rmSync(keepFiles ? serverHome : baseDir, { recursive: true, force: true });
    },
    /** Synchronous last-resort kill for process 'exit' handlers. */
    killNow() {
      if (child) signalGroup(child.pid, 'SIGKILL');
    },
  };
}

/**
 * Keeps the re-augmented lib/quarkus for the next copies (replacing a saved one that no longer
 * matched, or Keycloak would not have re-augmented); written aside, then renamed into place.
 */
function saveDevBuild(serverHome, target) {
  const aside = `${target}.${process.pid}`;
  try {
    fs.cpSync(path.join(serverHome, 'lib', 'quarkus'), aside, { recursive: true });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(aside, target);
  } catch {
    fs.rmSync(aside, { recursive: true, force: true }); // another run saved it first, or no space: next time again
  }
}

/** Kills every Keycloak this process started (for process 'exit' handlers). */
function killStartedKeycloaksNow() {
  for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
}

module.exports = { ensureKeycloak, startKeycloak, killStartedKeycloaksNow, KEYCLOAK_VERSION, REALM, REALM_FILE };

async function main(argv) {
  if (argv.includes('--start')) {
    const portArg = argv.indexOf('--port');
    const port = portArg >= 0 ? Number(argv[portArg + 1]) : 8080;
    const keycloak = await startKeycloak({ port, adminPassword: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD });
    console.log(`Keycloak ${KEYCLOAK_VERSION} on ${keycloak.url} in ${seconds(keycloak.timings.startMs)}; realm ${keycloak.realmUrl}`);
    console.log(`  admin console ${keycloak.url}/admin (${keycloak.adminUser} / ${keycloak.adminPassword}); demo users: deploy/keycloak/demo-users.json, password civicloop-dev`);
    console.log(`  log ${keycloak.logFile}; Ctrl-C stops it and removes its data`);
    const stop = () => keycloak.destroy().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  if (argv.includes('--measure')) {
    const keycloak = await startKeycloak();
    const { downloadMs, extractMs, copyMs, startMs, augmented } = keycloak.timings;
    console.log(`download ${seconds(downloadMs)}, extract ${seconds(extractMs)}, copy ${seconds(copyMs)}, first start ${seconds(startMs)}${augmented ? ' (with the one-time dev build)' : ''}`);
    await keycloak.stop();
    console.log(`restart ${seconds(await keycloak.start())}`);
    await keycloak.destroy();
    return;
  }
  console.log((await ensureKeycloak()).home);
}

if (require.main === module) {
  process.on('exit', killStartedKeycloaksNow);
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
