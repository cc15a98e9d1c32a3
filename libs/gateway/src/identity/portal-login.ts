import { PORTAL_CLIENT_ID } from './tokens/token-verifier';

/** How the portal signs people in: the gateway's development login, or Keycloak (authorization code + PKCE). */
export type PortalLogin = { login: 'dev' } | { login: 'keycloak'; url: string; realm: string; clientId: string };

export interface PortalLoginOptions {
  keycloakUrl?: string;
  /** Keycloak as the browser reaches it, when that differs from the gateway's own address for it. */
  keycloakPublicUrl?: string;
  realm: string;
}

export function portalLoginFor(options: PortalLoginOptions): PortalLogin {
  if (!options.keycloakUrl) return { login: 'dev' };
  const url = (options.keycloakPublicUrl || options.keycloakUrl).replace(/\/$/, '');
  return { login: 'keycloak', url, realm: options.realm, clientId: PORTAL_CLIENT_ID };
}
