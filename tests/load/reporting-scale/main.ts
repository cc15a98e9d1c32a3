/**
 * Reporting at scale alone: `node scripts/run-ts.js tests/load/reporting-scale/main.ts [--facts N] [--seed S]`
 * (default 100 million facts; the seed is cached under /var/tmp/civicloop-bench ($CIVICLOOP_BENCH_CACHE_DIR) and reused).
 */
import { DEFAULT_SHAPE } from './fact-generator';
import { printReportingScale, runReportingScale } from './reporting-scale';

function option(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : undefined;
}

const shape = { ...DEFAULT_SHAPE, facts: option('facts') ?? DEFAULT_SHAPE.facts, seed: option('seed') ?? DEFAULT_SHAPE.seed };
runReportingScale(shape)
  .then((result) => {
    printReportingScale(result);
    if (result.spotChecks.some((check) => !check.ok)) process.exit(1);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
