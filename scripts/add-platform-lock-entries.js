#!/usr/bin/env node
// The registry this project installs from serves only the Linux builds of packages with native
// binaries, so `npm install` leaves the other platforms' optional packages out of package-lock.json
// and `npm ci` then refuses the lock as out of sync (npm/cli#9846). This adds each missing optional
// platform package as an entry that names its os/cpu: npm ci skips it on other platforms without
// fetching it. Run after any `npm install` that changes the lock: `node scripts/add-platform-lock-entries.js`.
const fs = require('node:fs');
const path = require('node:path');

const file = path.resolve(__dirname, '../package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const PLATFORM = /[-/](darwin|win32|linux|android|freebsd|openbsd|netbsd|openharmony|sunos|aix|wasi)-(x64|arm64|arm|ia32|ppc64|s390x|riscv64|loong64|mips64el|wasm32|preview1)/;
let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    // Missing from the lock means the registry here did not serve it: never for this platform.
    const platform = PLATFORM.exec(name);
    lock.packages[key] = platform
      ? { version, optional: true, os: [platform[1]], cpu: [platform[2]] }
      : { version, optional: true, os: [`!${process.platform}`] };
    added++;
  }
}
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entries to package-lock.json`);
