import { sign } from 'node:crypto';
import type { RealmKey } from './realm-key';

/** A compact RS256 JWT, the format Keycloak issues. */
export function signJwt(claims: Record<string, unknown>, key: RealmKey): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const signingInput = `${encode({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${encode(claims)}`;
  return `${signingInput}.${sign('RSA-SHA256', Buffer.from(signingInput), key.privateKey).toString('base64url')}`;
}
