// Timed stages for run-all.js: each ends with a line "[stage] <name> … N.N s" and its problems below it.
class StageFailure extends Error {}

/** Totals across stages; `failed` counts failing tests plus every other problem (so 0 failed ⇔ exit 0). */
function createTally() {
  return { passed: 0, failed: 0, problems: [] };
}

/**
 * Runs `fn(stage)`; `stage.problem(message)` records a failure without stopping the stage, throwing
 * StageFailure (message only) or any other error (with its stack) stops it. Resolves to true when
 * the stage had no problem.
 */
async function runStage(tally, name, fn) {
  const began = Date.now();
  const problems = [];
  const stage = {
    /** Records a failure; `weight` is what it adds to the failed count (0 when the tests are counted already). */
    problem(message, weight = 1) {
      problems.push(message);
      tally.failed += weight;
    },
  };
  console.log(`\n[stage] ${name} …`);
  try {
    await fn(stage);
  } catch (error) {
    stage.problem(error instanceof StageFailure ? error.message : error && error.stack ? error.stack : String(error));
  }
  console.log(`[stage] ${name} … ${((Date.now() - began) / 1000).toFixed(1)} s${problems.length ? ' FAILED' : ''}`);
  for (const message of problems) console.log(`  ✗ ${message.split('\n').join('\n    ')}`);
  tally.problems.push(...problems.map((message) => `${name}: ${message.split('\n')[0]}`));
  return problems.length === 0;
}

module.exports = { StageFailure, createTally, runStage };
