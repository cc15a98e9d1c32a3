// The container's entry: runs the compiled main of the service named by SERVICE (the image's build
// argument, overridable at run time), e.g. SERVICE=intake → dist/apps/intake/src/main.js.
// A file of its own because an exec-form CMD does not expand variables and the image needs no shell.
// `node service-entry.js --check` only validates SERVICE (the Dockerfile runs it at build time).
const fs = require('node:fs');
const path = require('node:path');

const SERVICES = ['gateway', 'intake', 'dispatch', 'feedback', 'reporting'];
const service = process.env.SERVICE;
if (!SERVICES.includes(service)) {
  console.error(`SERVICE must be one of ${SERVICES.join(', ')} (got "${service ?? ''}")`);
  process.exit(64);
}
const main = path.join(__dirname, 'dist', 'apps', service, 'src', 'main.js');
if (!fs.existsSync(main)) {
  console.error(`${main} is missing: the image was built without scripts/build-dist.js`);
  process.exit(66);
}
if (process.argv.includes('--check')) {
  console.log(`SERVICE=${service}: ${path.relative(__dirname, main)}`);
} else {
  // As if started as `node dist/apps/<service>/src/main.js`: code that reads the entry from argv
  // (e.g. telemetry's default service name) sees the service's own main.
  process.argv[1] = main;
  require(main);
}
