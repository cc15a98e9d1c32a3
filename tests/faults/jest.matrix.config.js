// The full fault matrix (tests/faults/run-full.js): the same transform as the faults project, its own
// file pattern, so `npm test` (which runs tests/faults/**/*.test.ts) never picks the long runs up.
const path = require('node:path');
const root = require('../../jest.config');

const rootDir = path.resolve(__dirname, '../..');

const faults = root.projects.find((project) => project.displayName === 'faults');
module.exports = {
  rootDir,
  projects: [{ ...faults, rootDir, globalSetup: undefined, displayName: 'fault-matrix', testMatch: ['<rootDir>/tests/faults/matrix/**/*.matrix.ts'] }],
};
