import { Client } from 'pg';

/**
 * Creates (or re-keys) the login role the services use, so row-level security binds them: no
 * superuser, no BYPASSRLS, owning nothing. Returns its connection URL.
 */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    const verb = exists.rowCount ? 'alter' : 'create';
    // Identifiers and passwords cannot be bound parameters in DDL; both come from us, and are checked.
    if (!/^[a-z_][a-z0-9_]*$/.test(role) || !/^[A-Za-z0-9_-]+$/.test(password)) throw new Error('unsafe role name or password');
    await client.query(`${verb} role ${role} login password '${password}' nosuperuser nobypassrls nocreatedb nocreaterole`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}
