export { startEmbeddedCivicLoop, type EmbeddedCivicLoop, type EmbeddedOptions } from './embedded-civicloop';
export { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres-server';
