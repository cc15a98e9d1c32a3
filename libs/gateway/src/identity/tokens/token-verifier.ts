/**
 * Verifies a bearer token and returns its claims. keycloak-connect implements it today (also in the
 * embedded mode, against the gateway's own key set); it is deprecated upstream, so it stays behind
 * this interface and a jose-based verifier can replace it (docs/adr/0010).
 */
export interface TokenVerifier {
  /** Resolves with the verified claims, or null when the token is missing, expired, tampered or for another audience. */
  verify(bearerToken: string): Promise<CivicTokenClaims | null>;
}

/** The claims CivicLoop reads, in Keycloak's shape; the realm's mappers put `tenant` and `units` in. */
export interface CivicTokenClaims {
  sub: string;
  preferred_username?: string;
  tenant?: string;
  units?: string[] | string;
  realm_access?: { roles?: string[] };
  aud?: string | string[];
  azp?: string;
  exp?: number;
}

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** Where tokens come from: the realm on a Keycloak server, or the embedded gateway's own keys. */
export interface RealmSettings {
  /** e.g. http://127.0.0.1:8080 (Keycloak) or the embedded gateway's own URL. */
  authServerUrl: string;
  realm: string;
  /** The gateway's client id: tokens must name it in `aud`. */
  clientId: string;
}

export const CIVICLOOP_REALM = 'civicloop';
export const GATEWAY_CLIENT_ID = 'civicloop-gateway';
export const PORTAL_CLIENT_ID = 'civicloop-portal';
