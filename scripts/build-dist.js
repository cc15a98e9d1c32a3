#!/usr/bin/env node
// Compiles the Node apps (apps/*/src/main.ts) and libs/ with swc into dist/ (CommonJS, legacy
// decorators with metadata), so that `node dist/apps/<service>/src/main.js` runs without swc at
// run time (docs/adr/0008). The container images' build stage runs this script, and CI runs it
// natively (tests/chart/check-chart.sh).
//
//   node scripts/build-dist.js [--out DIR]
//
// The tsconfig path aliases (@civicloop/*) are rewritten to relative requires by swc itself
// (jsc.baseUrl + jsc.paths, taken from tsconfig.base.json so they live in one place); afterwards
// every emitted file is checked, and the build fails if an alias survived or a relative require
// points at nothing.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '..');
// The web portal (apps/portal) is built by its own tool; only apps with a Node main are compiled.
const nodeApps = () =>
  fs
    .readdirSync(path.join(REPO_ROOT, 'apps'))
    .filter((app) => fs.existsSync(path.join(REPO_ROOT, 'apps', app, 'src', 'main.ts')))
    .map((app) => path.join('apps', app));
const ALIAS_PREFIX = '@civicloop/';

function parseArgs(argv) {
  let out = path.join(REPO_ROOT, 'dist');
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--out') out = path.resolve(argv[++i]);
    else throw new Error(`unknown argument "${argv[i]}"; usage: node scripts/build-dist.js [--out DIR]`);
  }
  return { out };
}

/** The swc options; the same transform as Jest's (jest.config.js) and @swc-node/register's. */
function swcConfig() {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'tsconfig.base.json'), 'utf8'));
  return {
    $schema: 'https://swc.rs/schema.json',
    sourceMaps: true,
    module: { type: 'commonjs', strict: false, noInterop: false },
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      // swc wants an absolute baseUrl; the paths are tsconfig's own.
      baseUrl: REPO_ROOT,
      paths: tsconfig.compilerOptions.paths,
    },
  };
}

function walk(dir, onFile) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, onFile);
    else if (entry.isFile()) onFile(full);
  }
}

/** Problems in the emitted code: aliases left as they were, relative requires that resolve to nothing. */
function checkOutput(out) {
  const problems = [];
  let files = 0;
  walk(out, (file) => {
    if (!file.endsWith('.js')) return;
    files += 1;
    const code = fs.readFileSync(file, 'utf8');
    for (const match of code.matchAll(/require\("([^"]+)"\)/g)) {
      const target = match[1];
      if (target.startsWith(ALIAS_PREFIX)) problems.push(`${path.relative(out, file)}: alias "${target}" was not rewritten`);
      else if (target.startsWith('.')) {
        const base = path.resolve(path.dirname(file), target);
        const candidates = [base, `${base}.js`, path.join(base, 'index.js')];
        if (!candidates.some((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile())) {
          problems.push(`${path.relative(out, file)}: require("${target}") resolves to no file`);
        }
      }
    }
  });
  if (files === 0) problems.push(`no .js file was emitted into ${out}`);
  return { files, problems };
}

function main() {
  const { out } = parseArgs(process.argv.slice(2));
  const began = Date.now();
  const swc = require.resolve('@swc/cli/bin/swc.js', { paths: [REPO_ROOT] });
  const configFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'civicloop-swc-')), 'swcrc.json');
  fs.writeFileSync(configFile, JSON.stringify(swcConfig(), null, 2));
  fs.rmSync(out, { recursive: true, force: true });
  try {
    const result = spawnSync(
      process.execPath,
      [swc, ...nodeApps(), 'libs', '--out-dir', out, '--config-file', configFile, '--no-swcrc', '--ignore', '**/*.spec.ts', '--extensions', '.ts', '--quiet'],
      { cwd: REPO_ROOT, stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error(`swc failed (${result.status ?? result.signal ?? result.error})`);
  } finally {
    fs.rmSync(path.dirname(configFile), { recursive: true, force: true });
  }
  const { files, problems } = checkOutput(out);
  if (problems.length > 0) throw new Error(`the build in ${out} is broken:\n  ${problems.join('\n  ')}`);
  const mains = fs.readdirSync(path.join(out, 'apps')).filter((app) => fs.existsSync(path.join(out, 'apps', app, 'src', 'main.js')));
  console.log(`[build-dist] ${files} files into ${path.relative(REPO_ROOT, out) || out} in ${((Date.now() - began) / 1000).toFixed(1)} s; entries: ${mains.map((app) => `apps/${app}/src/main.js`).join(', ')}`);
}

try {
  main();
} catch (error) {
  console.error(`[build-dist] ${error.message}`);
  process.exit(1);
}
