// The bench's smoke runs for run-all.js (issue 10: CI keeps the bench working; it fails when the
// bench crashes or loses a request, never on speed): `npm run bench:smoke` (every stage, small) and
// the replay of one simulated day, on the run's provisioned servers.
const path = require('node:path');
const { spawn } = require('node:child_process');
const { REPO_ROOT } = require('./jest');

const RUNS = [
  { name: 'bench smoke (stages 1–6)', args: ['--smoke'] },
  { name: 'replay smoke (one simulated day)', args: ['--replay', '--smoke'] },
];
const TIMEOUT_MS = 10 * 60_000;

function createBenchStage(tally, env) {
  let child = null;

  function runBench(args) {
    return new Promise((resolve) => {
      child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/run-ts.js'), 'tests/load/bench.ts', ...args], { cwd: REPO_ROOT, env: env(), stdio: 'inherit' });
      const timer = setTimeout(() => child && child.kill('SIGTERM'), TIMEOUT_MS);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        child = null;
        resolve(code === 0 ? null : `exited with ${code ?? signal}${signal ? ` (stopped after ${TIMEOUT_MS / 60_000} min?)` : ''}; see its PROBLEMS above`);
      });
    });
  }

  async function stage(current) {
    for (const run of RUNS) {
      console.log(`  ${run.name}: npm run bench -- ${run.args.join(' ')}`);
      const failure = await runBench(run.args);
      if (failure) current.problem(`${run.name} ${failure}`);
      else tally.passed += 1;
    }
  }
  stage.stop = () => child && child.kill('SIGTERM');
  return stage;
}

module.exports = { createBenchStage };
