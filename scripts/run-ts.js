#!/usr/bin/env node
// Runs a TypeScript entry (apps/*/src/main.ts) through swc: `node scripts/run-ts.js apps/intake/src/main.ts`.
// A CommonJS entry of our own, because Node would hand a .ts main file to its ESM loader.
const path = require('node:path');

process.env.TS_NODE_PROJECT = process.env.TS_NODE_PROJECT || path.resolve(__dirname, '../tsconfig.json');
require('@swc-node/register');
require(path.resolve(process.argv[2]));
