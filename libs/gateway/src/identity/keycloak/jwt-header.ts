/** What the verifier reads from a JWT before trusting anything in it. */
export interface JwtHeader {
  alg: string;
  kid?: string;
  typ?: string;
}

/** Keycloak's access tokens are a few kilobytes; anything far larger is refused before parsing. */
export const MAX_TOKEN_LENGTH = 16 * 1024;

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * The header of a compact JWS (three base64url parts), or null when the token is not one: other
 * alphabets are refused too, since Node's lenient base64 decoding would otherwise skip over them.
 */
export function readJwtHeader(token: string): JwtHeader | null {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) return null;
  try {
    const header: unknown = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('utf8'));
    if (!header || typeof header !== 'object' || Array.isArray(header)) return null;
    const { alg, kid, typ } = header as Record<string, unknown>;
    if (typeof alg !== 'string' || (kid !== undefined && typeof kid !== 'string') || (typ !== undefined && typeof typ !== 'string')) return null;
    return { alg, kid, typ };
  } catch {
    return null;
  }
}
