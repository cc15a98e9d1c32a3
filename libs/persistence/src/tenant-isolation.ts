import type { QueryRunner } from 'typeorm';

/** The role services connect as: no superuser, no BYPASSRLS, owns nothing (RLS binds it). */
export function appRoleName(env: NodeJS.ProcessEnv = process.env): string {
  const role = env.CIVICLOOP_APP_ROLE ?? 'civicloop_app';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`CIVICLOOP_APP_ROLE "${role}" is not a plain lowercase identifier`);
  return role;
}

/**
 * Row-level security on every tenant table of a schema: a row is visible and writable only when
 * its tenant_id is the transaction's `app.tenant` (set by TenantTransactions). FORCE applies it to
 * the owner too; the migration role needs superuser or BYPASSRLS for its own maintenance work.
 * The app role gets data rights only, never DDL.
 */
export async function enableTenantIsolation(queryRunner: QueryRunner, schema: string, tables: string[], appRole = appRoleName()): Promise<void> {
  await queryRunner.query(`do $$ begin
      if not exists (select from pg_roles where rolname = '${appRole}') then create role ${appRole} nologin; end if;
    end $$`);
  await queryRunner.query(`grant usage on schema "${schema}" to ${appRole}`);
  for (const table of tables) {
    const name = `"${schema}"."${table}"`;
    await queryRunner.query(`alter table ${name} enable row level security`);
    await queryRunner.query(`alter table ${name} force row level security`);
    await queryRunner.query(
      `create policy tenant_isolation on ${name}
         using (tenant_id = current_setting('app.tenant', true))
         with check (tenant_id = current_setting('app.tenant', true))`,
    );
    await queryRunner.query(`grant select, insert, update, delete on ${name} to ${appRole}`);
  }
  await queryRunner.query(`grant usage, select on all sequences in schema "${schema}" to ${appRole}`);
}

/**
 * A read across tenants that background work needs (which tenants have work waiting), as a
 * SECURITY DEFINER function returning only what the query selects: the worker then does the work
 * itself per tenant, under RLS.
 */
export async function createCrossTenantFunction(
  queryRunner: QueryRunner,
  schema: string,
  signature: string,
  returns: string,
  body: string,
  appRole = appRoleName(),
): Promise<void> {
  await queryRunner.query(`create or replace function "${schema}".${signature} returns ${returns}
      language sql stable security definer set search_path = pg_catalog, pg_temp as $fn$ ${body} $fn$`);
  const name = signature.replace(/\(.*\)$/, '');
  const args = /\((.*)\)$/.exec(signature)?.[1] ?? '';
  const types = args
    .split(',')
    .map((arg) => arg.trim().split(/\s+/).slice(1).join(' '))
    .filter(Boolean)
    .join(', ');
  await queryRunner.query(`revoke all on function "${schema}".${name}(${types}) from public`);
  await queryRunner.query(`grant execute on function "${schema}".${name}(${types}) to ${appRole}`);
}
