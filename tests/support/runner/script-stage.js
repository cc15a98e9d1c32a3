// Stages of run-all.js that run a script of ours rather than Jest: each script is one check that
// passes when it exits 0. The bench's smoke runs (issue 10: CI keeps the bench working and fails
// when it crashes or loses a request, never on speed) and schemathesis for two roles (issue 11).
const path = require('node:path');
const { spawn } = require('node:child_process');
const { REPO_ROOT } = require('./jest');

const TIMEOUT_MS = 15 * 60_000;
const runTs = (file, ...args) => [path.join(REPO_ROOT, 'scripts/run-ts.js'), file, ...args];

const BENCH_RUNS = [
  { name: 'bench smoke (stages 1–6)', argv: runTs('tests/load/bench.ts', '--smoke') },
  { name: 'replay smoke (one simulated day)', argv: runTs('tests/load/bench.ts', '--replay', '--smoke') },
];
const BAD_INPUT_RUNS = [{ name: 'schemathesis --mode all as agent and dispatcher', argv: [path.join(REPO_ROOT, 'tests/bad-input/run-schemathesis.js'), '--roles', 'agent,dispatcher'] }];

function createScriptStage(tally, runs, env) {
  let child = null;

  function runScript(argv) {
    return new Promise((resolve) => {
      child = spawn(process.execPath, argv, { cwd: REPO_ROOT, env: env(), stdio: 'inherit' });
      const timer = setTimeout(() => child && child.kill('SIGTERM'), TIMEOUT_MS);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        child = null;
        resolve(code === 0 ? null : `exited with ${code ?? signal}${signal ? ` (stopped after ${TIMEOUT_MS / 60_000} min?)` : ''}; see its summary above`);
      });
    });
  }

  async function stage(current) {
    for (const run of runs) {
      console.log(`  ${run.name}`);
      const failure = await runScript(run.argv);
      if (failure) current.problem(`${run.name} ${failure}`);
      else tally.passed += 1;
    }
  }
  stage.stop = () => child && child.kill('SIGTERM');
  return stage;
}

module.exports = { createScriptStage, BENCH_RUNS, BAD_INPUT_RUNS };
