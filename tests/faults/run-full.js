#!/usr/bin/env node
// `npm run test:faults`: the whole fault matrix (tests/faults/matrix, each scenario FAULT_RUNS times,
// 3 unless set) on servers of its own, its table, then the bad-input suite for every role.
// CI runs only tests/faults/*.test.ts (one kill, one broker restart) through `npm test`.
//
//   node tests/faults/run-full.js [--only matrix|bad-input] [jest path patterns...]
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '../..');
// One file per invocation: a CI run of the faults project meanwhile (same working tree) writes none.
const RESULTS = path.join(REPO_ROOT, `tests/artifacts/faults/matrix-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);

function run(label, command, args, env = {}) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function main() {
  const args = process.argv.slice(2);
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? args.splice(onlyIndex, 2)[1] : null;
  const outcomes = [];
  if (only !== 'bad-input') {
    const jest = path.join(REPO_ROOT, 'node_modules/.bin/jest');
    const matrix = run('fault matrix', jest, ['-c', 'tests/faults/jest.matrix.config.js', '--runInBand', '--forceExit', ...args], { FAULT_RUNS: process.env.FAULT_RUNS || '3', FAULT_RESULTS_FILE: RESULTS });
    run('fault table', process.execPath, ['scripts/run-ts.js', 'tests/faults/harness/print-results.ts'], { FAULT_RESULTS_FILE: RESULTS });
    outcomes.push(['fault matrix', matrix]);
  }
  if (only !== 'matrix') outcomes.push(['bad input, all roles', run('bad input', process.execPath, ['tests/bad-input/run-schemathesis.js', '--all-roles'])]);
  for (const [label, ok] of outcomes) console.log(`${ok ? 'passed' : 'FAILED'}: ${label}`);
  process.exit(outcomes.every(([, ok]) => ok) ? 0 : 1);
}

main();
