// Running Jest as a child process and judging its --json report for run-all.js.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Test files (*.test.ts) under the given directories, relative to the repository root. */
function findTestFiles(dirs) {
  const found = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(full);
      else if (entry.isFile() && entry.name.endsWith('.test.ts')) found.push(path.relative(REPO_ROOT, full));
    }
  };
  for (const dir of dirs) walk(path.join(REPO_ROOT, dir));
  return found;
}

/** The workspace's Jest CLI (what `npx jest` runs), started with this Node directly. */
function jestCli() {
  try {
    return require.resolve('jest/bin/jest', { paths: [REPO_ROOT] });
  } catch {
    throw new Error('jest is not installed in node_modules: run "npm ci" first');
  }
}

/**
 * `jest <args>` (as `npx jest` would run it) with inherited output. Resolves to { code, signal, timedOut }; `onChild` gets the
 * child so a signal handler can stop it. Bounded by timeoutMs (a hung suite fails, it does not hang CI).
 */
function runJest(args, { env = process.env, timeoutMs, onChild = () => {} } = {}) {
  return new Promise((resolve) => {
    // Not through npx: npm 11's npx parses Jest's flags (--ci, --selectProjects) as its own.
    const child = spawn(process.execPath, [jestCli(), ...args], { cwd: REPO_ROOT, env, stdio: 'inherit' });
    onChild(child);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, timedOut, error });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      onChild(null);
      resolve({ code, signal, timedOut });
    });
  });
}

/** Reads a Jest --json report; null when Jest wrote none (it stopped before running tests). */
function readReport(file) {
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Everything wrong with a report besides failing tests: suites that could not run, and any test that
 * was skipped, pending or todo (a suite that claims real servers must never skip quietly).
 */
function reportProblems(report) {
  const problems = [];
  for (const suite of report.testResults) {
    const file = path.relative(REPO_ROOT, suite.name);
    if (suite.testExecError || (suite.status === 'failed' && suite.assertionResults.length === 0)) {
      const text = (suite.testExecError && suite.testExecError.message) || suite.message || '';
      const reason = text.split('\n').map((line) => line.trim()).find((line) => line && !line.includes('Test suite failed to run'));
      problems.push(`suite failed to run: ${file}: ${reason || 'see the output above'}`);
    }
    for (const test of suite.assertionResults) {
      if (['pending', 'skipped', 'todo', 'disabled'].includes(test.status)) {
        problems.push(`test ${test.status}: ${file}: ${test.fullName}`);
      }
    }
  }
  return problems;
}

/** Tests that ran (passed or failed) in files under `dir` (relative to the repository root). */
function ranUnder(report, dir) {
  const prefix = path.join(REPO_ROOT, dir) + path.sep;
  const ran = (test) => test.status === 'passed' || test.status === 'failed';
  return report.testResults
    .filter((suite) => suite.name.startsWith(prefix))
    .reduce((sum, suite) => sum + suite.assertionResults.filter(ran).length, 0);
}

module.exports = { findTestFiles, runJest, readReport, reportProblems, ranUnder, REPO_ROOT };
