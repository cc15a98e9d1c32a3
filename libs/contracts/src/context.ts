/** Who acts, for which district: set by the gateway from the verified identity, never from a request body. */
export const ROLES = [
  'resident',
  'agent',
  'dispatcher',
  'unit-staff',
  'unit-manager',
  'supervisor',
  'deputy',
  'liaison',
  'district-admin',
  'platform-operator',
  'system',
] as const;
export type Role = (typeof ROLES)[number];

export interface ActorContext {
  tenantId: string;
  userId: string;
  roles: Role[];
  /** Codes of the units (承办单位) the user works for; empty for district-wide roles. */
  unitCodes: string[];
  /** W3C trace context, carried across NATS in message headers. */
  traceparent?: string;
}

/** Tenant ids become NATS subject tokens and schema-scoped keys, so they are kept to a safe alphabet. */
export const TENANT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

export function isValidTenantId(tenantId: string): boolean {
  return TENANT_ID_PATTERN.test(tenantId);
}
