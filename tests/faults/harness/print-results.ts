import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { RunResult } from './fault-run';
import { formatTable, RESULTS_FILE } from './results-table';

/** The matrix of the last `npm run test:faults` (the FAULT_RESULTS_FILE run-full.js gave it), for the README and the issue. */
function main(): void {
  if (!RESULTS_FILE || !existsSync(RESULTS_FILE)) {
    console.log('no fault results recorded');
    return;
  }
  const results = readFileSync(RESULTS_FILE, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as RunResult);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
  console.log(`\nFault matrix, ${new Date().toISOString().slice(0, 10)}, ${machine}:\n`);
  console.log(formatTable(results));
}

main();
