import type { DataSource } from 'typeorm';

export const DURABILITY_OVERRIDE_VARIABLE = 'CIVICLOOP_UNSAFE_SKIP_DURABILITY_CHECK';

/**
 * A request accepted by the API must survive a crash, which holds only with fsync and
 * synchronous_commit on. Refuses to start otherwise, unless the override is set (and shouted about).
 */
export async function assertPostgresDurable(dataSource: DataSource, log: (message: string) => void): Promise<void> {
  const [{ fsync }] = await dataSource.query(`select current_setting('fsync') as fsync`);
  const [{ sc }] = await dataSource.query(`select current_setting('synchronous_commit') as sc`);
  const problems: string[] = [];
  if (fsync !== 'on') problems.push(`fsync is ${fsync}`);
  if (sc !== 'on' && sc !== 'remote_apply' && sc !== 'remote_write') problems.push(`synchronous_commit is ${sc}`);
  if (problems.length === 0) return;
  const message = `PostgreSQL is not durable (${problems.join(', ')}): accepted requests could be lost in a crash`;
  if (process.env[DURABILITY_OVERRIDE_VARIABLE] === '1') {
    log(`WARNING: ${message}; starting anyway because ${DURABILITY_OVERRIDE_VARIABLE}=1`);
    return;
  }
  throw new Error(`${message}. Turn them on, or set ${DURABILITY_OVERRIDE_VARIABLE}=1 to start anyway (never in production).`);
}
