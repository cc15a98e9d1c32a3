import { isValidTenantId, ROLES, type ActorContext, type Role } from '@civicloop/contracts';
import type { IdentityResolver } from './identity-resolver';

/**
 * DEVELOPMENT ONLY, until Keycloak tokens land (see docs/adr/0003): the caller states who they are
 * in X-Civic-* headers. Refuses to exist under NODE_ENV=production.
 */
export class DevelopmentHeaderIdentity implements IdentityResolver {
  constructor() {
    if (process.env.NODE_ENV === 'production') {
      throw new Error('the development header identity must not run with NODE_ENV=production');
    }
  }

  async resolve(headers: Record<string, string | string[] | undefined>): Promise<Omit<ActorContext, 'traceparent'> | null> {
    const tenantId = single(headers['x-civic-tenant']);
    const userId = single(headers['x-civic-user']);
    if (!tenantId || !userId || !isValidTenantId(tenantId)) return null;
    const roles = list(headers['x-civic-roles']).filter((role): role is Role => (ROLES as readonly string[]).includes(role) && role !== 'system');
    return { tenantId, userId, roles, unitCodes: list(headers['x-civic-units']) };
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: string | string[] | undefined): string[] {
  return (single(value) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
