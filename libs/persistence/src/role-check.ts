import type { DataSource } from 'typeorm';

export const ROLE_OVERRIDE_VARIABLE = 'CIVICLOOP_UNSAFE_ALLOW_PRIVILEGED_ROLE';

/**
 * Row-level security binds only a role that is neither superuser, nor BYPASSRLS, nor the owner of
 * the tables. In the distributed mode a service refuses to start as such a role.
 */
export async function assertUnprivilegedRole(dataSource: DataSource, schema: string, log: (message: string) => void): Promise<void> {
  const [role] = await dataSource.query(`select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user`);
  const [{ owned }] = await dataSource.query(`select count(*)::int as owned from pg_tables where schemaname = $1 and tableowner = current_user`, [schema]);
  const problems: string[] = [];
  if (role.rolsuper) problems.push('is a superuser');
  if (role.rolbypassrls) problems.push('has BYPASSRLS');
  if (owned > 0) problems.push(`owns ${owned} tables of schema ${schema}`);
  if (problems.length === 0) return;
  const message = `the database role "${role.name}" ${problems.join(', ')}: row-level security would not isolate districts`;
  if (process.env[ROLE_OVERRIDE_VARIABLE] === '1') {
    log(`WARNING: ${message}; starting anyway because ${ROLE_OVERRIDE_VARIABLE}=1`);
    return;
  }
  throw new Error(`${message}. Connect as the app role (CIVICLOOP_DATABASE_URL) and migrate as the owner (CIVICLOOP_MIGRATION_DATABASE_URL), or set ${ROLE_OVERRIDE_VARIABLE}=1 (never in production).`);
}
