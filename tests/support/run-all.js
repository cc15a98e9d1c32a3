#!/usr/bin/env node
// The README's test command (`npm test`). Stages:
//   unit tests            jest --selectProjects unit
//   chart                 tests/chart/check-chart.sh: helm lint/template, kubeconform, schema rejections,
//                         hadolint, the image build script; each check counts as a test
//   provision             nats-server built if missing; one PostgreSQL 15 cluster and one nats-server
//   integration + faults  jest --selectProjects integration faults --runInBand against those servers;
//                         fails on any skipped/pending/todo test, a suite that could not run, or zero
//                         integration tests
//   bad input             schemathesis --mode all as agent and dispatcher against an embedded CivicLoop of its
//                         own (npm run test:bad-input; installs schemathesis into ~/.cache/civicloop once)
//   bench smoke           npm run bench:smoke and the replay of one simulated day on those servers:
//                         fails when the bench crashes or loses a request, never on speed
//   e2e                   builds the portal (npm run build:portal), then jest --selectProjects e2e: Debian's
//                         Chromium against the embedded process, and Keycloak's sign-in against a distributed
//                         stack on the provisioned servers; a missing browser fails, never skips
//   teardown              always (also on failure, SIGINT and SIGTERM)
// Ends with the line "N passed, N failed" (failed = failing tests + every other problem) and exits
// non-zero on any failure. `--only unit|chart|integration|bad-input|bench|e2e` runs one of them.
// Plain CommonJS on Node's standard library only: it runs before anything is compiled.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { StageFailure, createTally, runStage } = require('./runner/stage');
const { findTestFiles, runJest, readReport, reportProblems, ranUnder, REPO_ROOT } = require('./runner/jest');
const { createStack } = require('./runner/stack');
const { createChartStage } = require('./runner/chart');
const { createScriptStage, BENCH_RUNS, BAD_INPUT_RUNS } = require('./runner/script-stage');
const { spawnSync } = require('node:child_process');

const SUITE_DIRS = ['tests/integration', 'tests/faults'];
const JEST_TIMEOUT_MIN = Number(process.env.CIVICLOOP_JEST_TIMEOUT_MIN || 30);
const ALLOW_NO_INTEGRATION = process.env.CIVICLOOP_ALLOW_NO_INTEGRATION === '1';

const tally = createTally();
const stack = createStack();
const chartStage = createChartStage(tally);
const benchStage = createScriptStage(tally, BENCH_RUNS, () => ({ ...process.env, ...stack.env() }));
const badInputStage = createScriptStage(tally, BAD_INPUT_RUNS, () => process.env);
let runDir = null; // Jest's --json reports
let jestChild = null;
let stopping = false;
let teardownPromise = null;

function parseArgs(argv) {
  const usage = 'usage: node tests/support/run-all.js [--only unit|chart|integration|bad-input|bench|e2e]';
  let only = null;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--only') only = argv[++i];
    else if (argv[i].startsWith('--only=')) only = argv[i].slice('--only='.length);
    else if (argv[i] === '--help' || argv[i] === '-h') return console.log(usage), process.exit(0);
    else throw new Error(`unknown argument "${argv[i]}"; ${usage}`);
  }
  if (only !== null && !['unit', 'chart', 'integration', 'bad-input', 'bench', 'e2e'].includes(only)) throw new Error(`--only takes unit, chart, integration, bad-input, bench or e2e; ${usage}`);
  return { only };
}

/** Runs Jest with a --json report, adds its counts to the tally and records what is wrong with it. */
async function jestStage(stage, args, outputFile, env = process.env) {
  const result = await runJest([...args, '--ci', '--json', `--outputFile=${outputFile}`], {
    env,
    timeoutMs: JEST_TIMEOUT_MIN * 60_000,
    onChild: (child) => (jestChild = child),
  });
  if (result.error) throw new StageFailure(`could not start jest: ${result.error.message}`);
  if (stopping) throw new StageFailure('interrupted');
  if (result.timedOut) {
    throw new StageFailure(`jest did not finish within ${JEST_TIMEOUT_MIN} min (a hung test or an open handle) and was stopped (CIVICLOOP_JEST_TIMEOUT_MIN)`);
  }
  const report = readReport(outputFile);
  if (!report) throw new StageFailure(`jest exited with ${result.code ?? result.signal} without a report: it stopped before running tests (see its output above)`);
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  if (report.numFailedTests > 0) stage.problem(`${report.numFailedTests} test(s) failed (see above)`, 0);
  for (const problem of reportProblems(report)) stage.problem(problem);
  if (result.code !== 0 && report.numFailedTests === 0 && reportProblems(report).length === 0) {
    stage.problem(`jest exited with ${result.code ?? result.signal} although every test passed (see its output above)`);
  }
  return report;
}

async function unitStage(stage) {
  await jestStage(stage, ['--selectProjects', 'unit'], path.join(runDir, 'jest-unit.json'));
}

const warnings = [];
function warnNoSuites(message) {
  const bar = '!'.repeat(100);
  const warning = `WARNING: ${message}; CIVICLOOP_ALLOW_NO_INTEGRATION=1 lets this pass, but nothing was tested against real servers`;
  warnings.push(warning);
  console.log(`${bar}\n!! ${warning}\n${bar}`);
}

async function integrationStage(stage) {
  const files = findTestFiles(SUITE_DIRS);
  if (files.length === 0) {
    const message = `no test files (*.test.ts) in ${SUITE_DIRS.join(' or ')}`;
    if (ALLOW_NO_INTEGRATION) return warnNoSuites(message);
    throw new StageFailure(`${message}: integration tests are required (CIVICLOOP_ALLOW_NO_INTEGRATION=1 makes this a warning, for an early increment only)`);
  }
  console.log(`  ${files.length} test file(s) in ${SUITE_DIRS.join(', ')}`);
  const env = { ...process.env, ...stack.env() };
  const args = ['--selectProjects', 'integration', 'faults', '--runInBand'];
  const report = await jestStage(stage, args, path.join(runDir, 'jest-integration.json'), env);
  if (ranUnder(report, 'tests/integration') === 0) stage.problem('zero integration tests ran (tests/integration)');
}

/** The portal in a real browser: build it, then the e2e project (the embedded process, and Keycloak's sign-in on the stack). */
async function e2eStage(stage) {
  const vite = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'); // not under vite's "exports"
  if (!fs.existsSync(vite)) throw new StageFailure('vite is not installed in node_modules: run "npm ci" first');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'apps/portal/vite.config.mts'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new StageFailure(`the portal build failed (exit ${build.status ?? build.signal}; see above)`);
  const env = stack.pg ? { ...process.env, ...stack.env() } : process.env;
  const report = await jestStage(stage, ['--selectProjects', 'e2e', '--runInBand'], path.join(runDir, 'jest-e2e.json'), env);
  if (ranUnder(report, 'tests/e2e') === 0) stage.problem('zero e2e tests ran (tests/e2e)');
}

/** Stops the servers once, whoever asks first (main flow or a signal); keeps logs after a failure. */
function teardown(keepFiles) {
  teardownPromise ??= runStage(tally, 'teardown', async () => {
    await stack.destroy({ keepFiles });
    if (keepFiles) console.log(`  kept ${runDir} (Jest reports)`);
    else fs.rmSync(runDir, { recursive: true, force: true });
  });
  return teardownPromise;
}

function printSummary() {
  if (tally.problems.length > 0) {
    console.log('\nProblems:');
    for (const problem of tally.problems) console.log(`  - ${problem}`);
  }
  for (const warning of warnings) console.log(`\n!! ${warning}`);
  console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
}

async function onSignal(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n[run-all] ${signal}: stopping tests and servers`);
  if (jestChild) jestChild.kill('SIGTERM');
  chartStage.stop();
  benchStage.stop();
  badInputStage.stop();
  await teardown(false);
  tally.problems.push(`interrupted by ${signal}`);
  tally.failed += 1;
  printSummary();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

async function main() {
  const { only } = parseArgs(process.argv.slice(2));
  runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicloop-run-'));
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.on('exit', () => stack.killNowSync()); // last resort if something above went wrong
  let ok = true;
  try {
    if (only === null || only === 'unit') ok = (await runStage(tally, 'unit tests', unitStage)) && ok;
    if ((only === null || only === 'chart') && !stopping) ok = (await runStage(tally, 'chart', chartStage)) && ok;
    // The e2e stage needs the servers too: Keycloak's sign-in page in the browser.
    let provisioned = false;
    if ((only === null || only === 'integration' || only === 'bench' || only === 'e2e') && !stopping) {
      provisioned = await runStage(tally, 'provision', () => stack.start());
      ok = provisioned && ok;
    }
    if ((only === null || only === 'integration') && provisioned && !stopping) ok = (await runStage(tally, 'integration + faults', integrationStage)) && ok;
    if ((only === null || only === 'bad-input') && !stopping) ok = (await runStage(tally, 'bad input', badInputStage)) && ok;
    if ((only === null || only === 'bench') && provisioned && !stopping) ok = (await runStage(tally, 'bench smoke', benchStage)) && ok;
    if ((only === null || only === 'e2e') && !stopping) ok = (await runStage(tally, 'e2e', e2eStage)) && ok;
  } finally {
    if (!stopping) ok = (await teardown(!ok)) && ok;
  }
  if (stopping) return; // the signal handler reports and exits
  printSummary();
  process.exitCode = ok && tally.failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error && error.message ? error.message : error);
  stack.killNowSync();
  if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
  console.log(`\n${tally.passed} passed, ${tally.failed + 1} failed`);
  process.exit(1);
});
