import { createHash, generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RealmKey {
  privateKey: KeyObject;
  kid: string;
  /** The public half as a JWK (RS256), as Keycloak publishes it at the realm's certs endpoint. */
  jwk: Record<string, string>;
}

/** The embedded realm's signing key: created once, kept as PEM (0600) so tokens survive a restart. */
export function loadOrCreateRealmKey(file?: string): RealmKey {
  let pem: string;
  if (file && existsSync(file)) {
    pem = readFileSync(file, 'utf8');
  } else {
    pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, pem, { mode: 0o600 });
    }
  }
  const privateKey = createPrivateKey(pem);
  const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' }) as { n: string; e: string };
  const kid = createHash('sha256').update(publicJwk.n).digest('base64url').slice(0, 16);
  return { privateKey, kid, jwk: { kty: 'RSA', use: 'sig', alg: 'RS256', kid, n: publicJwk.n, e: publicJwk.e } };
}
