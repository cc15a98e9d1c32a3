import type Keycloak from 'keycloak-js';
import type { KeycloakConfig } from './portal-config';

export interface KeycloakSession {
  /** The access token after a sign-in (or a redirect back from Keycloak), else null. */
  token: string | null;
  login(): Promise<void>;
  logout(): Promise<void>;
}

let started: Promise<KeycloakSession> | null = null;

/**
 * keycloak-js with the authorization code flow and PKCE (S256), loaded only when the gateway names
 * Keycloak; no login iframe, so the CSP needs nothing but Keycloak's origin for the token exchange.
 * Tokens are refreshed before they expire and handed to `onToken`.
 */
export function startKeycloak(config: KeycloakConfig, onToken: (token: string) => void): Promise<KeycloakSession> {
  started ??= (async () => {
    const { default: KeycloakClient } = await import('keycloak-js');
    const keycloak: Keycloak = new KeycloakClient({ url: config.url, realm: config.realm, clientId: config.clientId });
    keycloak.onTokenExpired = () => {
      keycloak
        .updateToken(30)
        .then(() => keycloak.token && onToken(keycloak.token))
        .catch(() => keycloak.clearToken());
    };
    const authenticated = await keycloak.init({ pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'fragment' });
    return {
      token: authenticated ? (keycloak.token ?? null) : null,
      login: () => keycloak.login({ redirectUri: window.location.origin + '/' }),
      logout: () => keycloak.logout({ redirectUri: window.location.origin + '/' }),
    };
  })();
  return started;
}
