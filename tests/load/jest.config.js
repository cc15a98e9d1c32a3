// The pure parts of the bench (options, percentiles, ceiling, table): `npx jest -c tests/load/jest.config.js`.
// The root config's unit project only looks under apps/ and libs/.
const base = require('../../jest.config');

const unit = base.projects.find((project) => project.displayName === 'unit');
module.exports = { ...unit, displayName: 'load-unit', rootDir: '../..', testMatch: ['<rootDir>/tests/load/**/*.spec.ts'] };
