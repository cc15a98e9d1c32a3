import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalRealm } from './local-realm';
import { loadOrCreateRealmKey } from './realm-key';

const settings = { authServerUrl: 'http://127.0.0.1:3000', realm: 'civicloop', clientId: 'civicloop-gateway' };
const agent = { username: 'demo-agent', roles: ['agent'], tenant: 'demo', units: [] };

function decode(token: string) {
  const [header, payload, signature] = token.split('.');
  return { header: JSON.parse(Buffer.from(header, 'base64url').toString()), payload: JSON.parse(Buffer.from(payload, 'base64url').toString()), signature, signed: `${header}.${payload}` };
}

describe('the embedded development realm', () => {
  it('issues RS256 tokens in the realm’s shape, verifiable with the key it publishes', () => {
    const realm = new LocalRealm(settings, loadOrCreateRealmKey(), [agent]);
    const token = decode(realm.issueFor(agent).access_token);
    expect(token.header).toMatchObject({ alg: 'RS256', kid: realm.key.kid });
    expect(token.payload).toMatchObject({ iss: 'http://127.0.0.1:3000/realms/civicloop', aud: ['civicloop-gateway'], tenant: 'demo', realm_access: { roles: ['agent'] } });
    const publicKey = createPublicKey({ key: realm.jwks().keys[0], format: 'jwk' });
    expect(verify('RSA-SHA256', Buffer.from(token.signed), publicKey, Buffer.from(token.signature, 'base64url'))).toBe(true);
  });

  it('keeps its key across restarts, so earlier tokens stay valid', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'realm-key-')), 'realm-key.pem');
    expect(loadOrCreateRealmKey(file).kid).toBe(loadOrCreateRealmKey(file).kid);
  });

  it('refuses to exist in production', () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => new LocalRealm(settings, loadOrCreateRealmKey(), [agent])).toThrow(/production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
