// The chart and image checks (tests/chart/check-chart.sh) as a stage of run-all.js: every
// "[chart] PASS|FAIL <name>" line it prints counts as one passed or failed test.
const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');
const { StageFailure } = require('./stage');

const REPO_ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(REPO_ROOT, 'tests/chart/check-chart.sh');
const LINE = /^\[chart\] (PASS|FAIL) /;

/**
 * Runs check-chart.sh (its own process group, so `stop` also ends a `go install` it started),
 * echoes its output and adds its checks to the tally. A non-zero exit without a FAIL line (a tool
 * that could not be built, a crash) is a problem of its own: the stage never passes quietly.
 */
function createChartStage(tally) {
  let child = null;
  const stage = async (stageApi) => {
    const counts = { PASS: 0, FAIL: 0 };
    const result = await new Promise((resolve) => {
      child = spawn('bash', [SCRIPT], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
      readline.createInterface({ input: child.stdout }).on('line', (line) => {
        console.log(line);
        const match = LINE.exec(line);
        if (match) counts[match[1]] += 1;
      });
      child.once('error', (error) => resolve({ error }));
      child.once('close', (code, signal) => resolve({ code, signal }));
    });
    child = null;
    if (result.error) throw new StageFailure(`could not start ${SCRIPT}: ${result.error.message}`);
    tally.passed += counts.PASS;
    tally.failed += counts.FAIL;
    if (counts.FAIL > 0) stageApi.problem(`${counts.FAIL} chart check(s) failed (see above)`, 0);
    else if (result.code !== 0) stageApi.problem(`check-chart.sh exited with ${result.code ?? result.signal} (see above)`);
    if (counts.PASS + counts.FAIL === 0) stageApi.problem('check-chart.sh ran no check');
  };
  stage.stop = () => {
    if (child) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  return stage;
}

module.exports = { createChartStage };
