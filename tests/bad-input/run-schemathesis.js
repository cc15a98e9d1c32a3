#!/usr/bin/env node
// Bad input against the OpenAPI document: schemathesis (PyPI, pinned) with --mode all (schema-valid and
// schema-violating requests) and a fixed seed, signed in as one role after another, against an
// embedded CivicLoop of its own (fresh data directory, free loopback ports). Exits non-zero with a
// summary (operations covered, examples, failures by check) when any check fails or anything is 5xx.
//
//   node tests/bad-input/run-schemathesis.js [--roles agent,dispatcher | --all-roles]
//        [--max-examples N] [--seed N] [--workers N] [--exclude-path-regex RE] [--url http://127.0.0.1:PORT]
//
// --url tests an already running CivicLoop instead of starting one (it must offer the dev login).
//
// Checks (--checks all): not_a_server_error, status_code_conformance, content_type_conformance,
// response_headers_conformance, response_schema_conformance, negative_data_rejection,
// positive_data_acceptance, missing_required_header, unsupported_method, allow_header_conformance,
// ignored_auth; use_after_free, ensure_resource_availability and object_level_authorization need
// the stateful phase, which the document (no OpenAPI links) does not offer. Expected statuses and
// the few documented exceptions are in schemathesis.toml beside this file.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { freePort } = require('../support/free-port');
const { waitFor, waitForHttp } = require('../support/wait-for');

const REPO_ROOT = path.resolve(__dirname, '../..');
const SCHEMATHESIS_VERSION = '4.32.5';
const CACHE = path.join(os.homedir(), '.cache/civicloop');
const VENV = path.join(CACHE, 'venv-schemathesis');
const SCHEMATHESIS = path.join(VENV, 'bin/schemathesis');
const ARTIFACTS = path.join(REPO_ROOT, 'tests/artifacts/schemathesis');
const CONFIG = path.join(__dirname, 'schemathesis.toml');
const DEMO_USERS = path.join(REPO_ROOT, 'deploy/keycloak/demo-users.json');
const OPENAPI_PATH = '/api/docs/openapi.json';
/** The roles of deploy/keycloak/demo-users.json, by the name the portal and the issue use. */
const ALL_ROLES = ['resident', 'agent', 'dispatcher', 'unit-staff', 'unit-manager', 'supervisor', 'district-admin', 'deputy', 'liaison', 'operator'];
const CI_ROLES = ['agent', 'dispatcher'];
const DEFAULTS = { seed: 20261123, maxExamples: 10, workers: 2 };
/** Every check schemathesis has; the stateful ones report "not applicable" without links in the document. */
const CHECKS = 'all';

function parseArgs(argv) {
  const options = { roles: CI_ROLES, ...DEFAULTS, excludePathRegex: null, url: null };
  for (let i = 0; i < argv.length; i += 1) {
    const value = () => {
      if (argv[i + 1] === undefined) throw new Error(`${argv[i]} needs a value`);
      return argv[++i];
    };
    switch (argv[i]) {
      case '--roles':
        options.roles = value().split(',').map((role) => role.trim()).filter(Boolean);
        break;
      case '--all-roles':
        options.roles = ALL_ROLES;
        break;
      case '--max-examples':
        options.maxExamples = positive(value(), '--max-examples');
        break;
      case '--seed':
        options.seed = positive(value(), '--seed');
        break;
      case '--workers':
        options.workers = positive(value(), '--workers');
        break;
      case '--exclude-path-regex':
        options.excludePathRegex = value();
        break;
      case '--url':
        options.url = value().replace(/\/$/, '');
        break;
      default:
        throw new Error(`unknown option ${argv[i]} (see the comment at the top of ${path.relative(REPO_ROOT, __filename)})`);
    }
  }
  const unknown = options.roles.filter((role) => !ALL_ROLES.includes(role));
  if (unknown.length) throw new Error(`unknown role(s) ${unknown.join(', ')}; known: ${ALL_ROLES.join(', ')}`);
  return options;
}

function positive(text, name) {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number ≥ 1, not ${text}`);
  return number;
}

/** The demo user who holds the role in the first district (the operator has no district). */
function usernameFor(role) {
  const users = JSON.parse(fs.readFileSync(DEMO_USERS, 'utf8'));
  const realmRole = role === 'operator' ? 'platform-operator' : role;
  const user = users.find((candidate) => candidate.roles.includes(realmRole) && (candidate.tenant === 'demo' || role === 'operator'));
  if (!user) throw new Error(`no demo user with the role ${realmRole} in ${DEMO_USERS}`);
  return user.username;
}

/** The venv with the pinned schemathesis, made once under ~/.cache/civicloop. */
function ensureSchemathesis() {
  const installed = fs.existsSync(SCHEMATHESIS) && spawnSync(SCHEMATHESIS, ['--version'], { encoding: 'utf8' }).stdout.includes(SCHEMATHESIS_VERSION);
  if (installed) return;
  console.log(`  installing schemathesis ${SCHEMATHESIS_VERSION} into ${VENV} …`);
  fs.mkdirSync(CACHE, { recursive: true });
  run('python3', ['-m', 'venv', VENV]);
  run(path.join(VENV, 'bin/pip'), ['install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`]);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** The embedded CivicLoop (everything in one process on embedded PostgreSQL) on free loopback ports. */
async function startCivicLoop() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicloop-bad-input-'));
  const [httpPort, pgPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${httpPort}`;
  fs.mkdirSync(path.join(REPO_ROOT, 'tests/artifacts/logs'), { recursive: true });
  const log = fs.openSync(path.join(REPO_ROOT, 'tests/artifacts/logs/bad-input-civicloop.log'), 'w');
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/run-ts.js'), path.join(REPO_ROOT, 'apps/civicloop/src/main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      CIVICLOOP_DATA_DIR: dataDir,
      CIVICLOOP_HTTP_PORT: String(httpPort),
      CIVICLOOP_EMBEDDED_PG_PORT: String(pgPort),
      // Thousands of requests a minute from one user are the point here, not abuse; the limit itself
      // is documented (429) and tested elsewhere.
      CIVICLOOP_RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', log, log],
  });
  let exited = null;
  const gone = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exited = code ?? signal))));
  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await gone;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await Promise.race([
      waitForHttp(`${url}/health/ready`, { timeoutMs: 120_000, intervalMs: 250 }),
      gone.then(() => Promise.reject(new Error(`CivicLoop exited (${exited}); see tests/artifacts/logs/bad-input-civicloop.log`))),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/**
 * Real objects to aim at: without them every operation on an id only ever meets 404. An agent
 * registers a request (dispatch gives it an assignment); the demo district has published articles.
 * Each id operation then gets a real id in about half of its test cases, a generated one otherwise.
 */
async function seedObjects(url) {
  const agent = await signIn(url, usernameFor('agent'));
  const call = async (method, route, body, token = agent) => {
    const headers = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) };
    const response = await fetch(`${url}/api/v1${route}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
    if (!response.ok) throw new Error(`seeding: ${method} ${route} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };
  const request = await call('POST', '/requests', {
    channel: 'hotline', type: 'complaint', categoryCode: 'drainage.blockage', description: '小区门口下水道堵塞，污水外溢。',
    areaCode: 'donghua.nanchizi', address: '南池子大街 12 号', residentName: '张三', residentPhone: '13800138000', urgency: 'general', confidential: false,
  });
  const assignments = await waitFor(async () => {
    const found = await call('GET', `/requests/${request.id}/assignments`);
    return found.length > 0 ? found : null;
  }, { timeoutMs: 30_000, intervalMs: 250, description: `an assignment for the seeded request ${request.id}` });
  const articles = await call('GET', '/knowledge/articles?district=demo', undefined, null);
  return { requests: [request.id], assignments: assignments.map((assignment) => assignment.id), articles: articles.slice(0, 3).map((article) => article.id) };
}

/** Which path parameter of which operations each kind of seeded id goes to. */
const SEEDED_PARAMETERS = [
  { kind: 'requests', pathRegex: '^/api/v1/requests/\\{id\\}', parameter: 'path.id' },
  { kind: 'requests', pathRegex: '^/api/v1/assessment/requests/\\{requestId\\}', parameter: 'path.requestId' },
  { kind: 'assignments', pathRegex: '^/api/v1/assignments/\\{id\\}', parameter: 'path.id' },
  { kind: 'assignments', pathRegex: '^/api/v1/supervision/\\{assignmentId\\}', parameter: 'path.assignmentId' },
  { kind: 'articles', pathRegex: '^/api/v1/knowledge/articles/\\{id\\}', parameter: 'path.id' },
];

/** schemathesis.toml plus the seeded ids as dictionaries bound to those parameters, for this run. */
function writeRunConfig(seeded) {
  const quote = (value) => JSON.stringify(String(value));
  const dictionaries = Object.entries(seeded).map(([kind, ids]) => `[dictionaries.${kind}]\nvalues = [${ids.map(quote).join(', ')}]\n`);
  const operations = SEEDED_PARAMETERS.map(
    ({ kind, pathRegex, parameter }) => `[[operations]]\ninclude-path-regex = ${quote(pathRegex)}\nparameters = { ${quote(parameter)} = { dictionary = ${quote(kind)}, probability = 0.5 } }\n`,
  );
  const file = path.join(ARTIFACTS, 'schemathesis.toml');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(file, [fs.readFileSync(CONFIG, 'utf8'), '# Seeded by run-schemathesis.js for this run', ...dictionaries, ...operations].join('\n'));
  return file;
}

async function signIn(url, username) {
  const response = await fetch(`${url}/api/v1/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }) });
  if (!response.ok) throw new Error(`dev login as ${username} answered ${response.status}: ${await response.text()}`);
  return (await response.json()).access_token;
}

/** One schemathesis run as one role; resolves to its JSON report plus the exit code. */
function runSchemathesis(url, role, token, options, config) {
  const reportDir = path.join(ARTIFACTS, role);
  fs.rmSync(reportDir, { recursive: true, force: true });
  fs.mkdirSync(reportDir, { recursive: true });
  const args = [
    '--config-file', config,
    'run', `${url}${OPENAPI_PATH}`,
    '--url', url,
    '--mode', 'all',
    '--seed', String(options.seed),
    '--max-examples', String(options.maxExamples),
    '--checks', CHECKS,
    '--workers', String(options.workers),
    '--generation-database', 'none',
    '--request-timeout', '10',
    '--no-color',
    '--report', 'json,junit',
    '--report-dir', reportDir,
    '--report-json-path', path.join(reportDir, 'report.json'),
    '--report-junit-path', path.join(reportDir, 'junit.xml'),
    ...(options.excludePathRegex ? ['--exclude-path-regex', options.excludePathRegex] : []),
  ];
  return new Promise((resolve, reject) => {
    // schemathesis.toml reads the token from the environment: never on a command line others can read.
    // In the report folder, so its cache of earlier crashes (replayed first) starts empty every run.
    const child = spawn(SCHEMATHESIS, args, {
      cwd: reportDir,
      env: { ...process.env, CIVICLOOP_BAD_INPUT_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = fs.createWriteStream(path.join(reportDir, 'output.txt'));
    child.stdout.pipe(output);
    child.stderr.pipe(output);
    child.once('error', reject);
    child.once('exit', (code) => {
      const file = path.join(reportDir, 'report.json');
      const report = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
      resolve({ role, code, report, output: path.join(reportDir, 'output.txt') });
    });
  });
}

/**
 * Whether the run's only problems are schemathesis's own crashes: a Python exception inside the
 * tool (e.g. hypothesis's "AST constructor recursion depth mismatch" on CPython 3.11), reported as
 * "Runtime Error", with no failed check. Anything CivicLoop did (a 5xx, a wrong status, a dropped
 * connection, a timeout) is a failure or an error of another title, and is never retried.
 */
function onlyToolCrashes(report) {
  const errors = report?.errors ?? [];
  return !!report && (report.failures ?? []).length === 0 && errors.length > 0 && errors.every((error) => error.title === 'Runtime Error');
}

function summarize(result) {
  const { role, code, report } = result;
  if (!report) return { role, ok: false, line: `${role}: schemathesis exited ${code} without a report (see ${path.relative(REPO_ROOT, result.output)})`, failures: [] };
  const failures = (report.failures ?? []).map((failure) => `${failure.code} ${failure.title}: ${failure.count} (${failure.operations.slice(0, 8).join('; ')}${failure.operations.length > 8 ? '; …' : ''})`);
  const errors = (report.errors ?? []).map((error) => `error: ${JSON.stringify(error).slice(0, 300)}`);
  const { operations, test_cases: cases } = report;
  const ok = code === 0 && failures.length === 0 && errors.length === 0 && operations.errored === 0;
  const line =
    `${role}: ${operations.tested}/${operations.total} operations tested (${operations.selected} selected, ${operations.errored} errored), ` +
    `${cases.generated} test cases, ${cases.with_failures} with failures, ${report.running_time.toFixed(1)} s — ${ok ? 'all checks passed' : 'FAILED'}`;
  return { role, ok, line, failures: [...failures, ...errors] };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const began = Date.now();
  ensureSchemathesis();
  const civicloop = options.url ? { url: options.url, stop: async () => {} } : await startCivicLoop();
  const results = [];
  try {
    console.log(`schemathesis ${SCHEMATHESIS_VERSION} against ${civicloop.url}${OPENAPI_PATH}: --mode all --seed ${options.seed} --max-examples ${options.maxExamples} --checks ${CHECKS}`);
    const seeded = await seedObjects(civicloop.url);
    console.log(`  seeded: ${Object.entries(seeded).map(([kind, ids]) => `${ids.length} ${kind}`).join(', ')}`);
    const config = writeRunConfig(seeded);
    for (const role of options.roles) {
      const token = await signIn(civicloop.url, usernameFor(role));
      let result = await runSchemathesis(civicloop.url, role, token, options, config);
      if (onlyToolCrashes(result.report)) {
        // Kept beside the retry's report, so the crash stays on record.
        const crashed = path.join(ARTIFACTS, `${role}-crashed`);
        fs.rmSync(crashed, { recursive: true, force: true });
        fs.renameSync(path.join(ARTIFACTS, role), crashed);
        console.log(`  ${role}: schemathesis crashed inside itself (Runtime Error, no finding; see ${path.relative(REPO_ROOT, crashed)}/output.txt); running this role once more`);
        result = await runSchemathesis(civicloop.url, role, token, options, config);
      }
      const summary = summarize(result);
      console.log(`  ${summary.ok ? '✓' : '✗'} ${summary.line}`);
      for (const failure of summary.failures) console.log(`      ${failure}`);
      results.push(summary);
    }
  } finally {
    await civicloop.stop();
  }
  const failed = results.filter((result) => !result.ok);
  console.log(`\nbad input: ${results.length - failed.length}/${results.length} roles passed in ${((Date.now() - began) / 1000).toFixed(1)} s; reports in ${path.relative(REPO_ROOT, ARTIFACTS)}/<role>/`);
  if (failed.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error.stack || error.message);
  process.exitCode = 1;
});
