/**
 * The replay alone: `node scripts/run-ts.js tests/load/replay/main.ts [--days N] [--scale S] [--seed K]`.
 * Exits non-zero when a step failed or the rates recounted from the event history differ.
 */
import { printReplay } from './print-replay';
import { DEFAULT_REPLAY, runReplay } from './replay';

function option(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : undefined;
}

const options = { ...DEFAULT_REPLAY, days: option('days') ?? DEFAULT_REPLAY.days, scale: option('scale') ?? DEFAULT_REPLAY.scale, seed: option('seed') ?? DEFAULT_REPLAY.seed };
runReplay(options)
  .then((result) => {
    printReplay(result);
    if (result.failures.length > 0 || result.recount.some((check) => !check.same)) process.exit(1);
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
