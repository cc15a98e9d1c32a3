import { callApi } from '../api/api-client';

/** GET /api/v1/portal-config: the development login (embedded mode) or Keycloak (distributed mode). */
export type PortalConfig = { login: 'dev' } | { login: 'keycloak'; url: string; realm: string; clientId: string };
export type KeycloakConfig = Extract<PortalConfig, { login: 'keycloak' }>;

export async function loadPortalConfig(): Promise<PortalConfig> {
  return (await callApi<PortalConfig>(null, 'GET', '/portal-config')).body;
}
