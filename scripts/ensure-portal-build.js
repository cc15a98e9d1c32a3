#!/usr/bin/env node
// Before `npm start`: builds the portal into dist/portal when it is missing or older than its
// sources, so a fresh clone shows the portal at / without a separate build step.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const built = path.join(root, 'dist/portal/index.html');

function newestChange(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(file) : fs.statSync(file).mtimeMs);
  }
  return newest;
}

const sources = [path.join(root, 'apps/portal'), path.join(root, 'deploy/keycloak/demo-users.json')];
const sourcesChanged = Math.max(...sources.map((source) => (fs.statSync(source).isDirectory() ? newestChange(source) : fs.statSync(source).mtimeMs)));
if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sourcesChanged) process.exit(0);
console.log('building the portal (dist/portal) …');
const result = spawnSync('npm', ['run', '--silent', 'build:portal'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
