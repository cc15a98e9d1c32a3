import { createHmac, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KeycloakConnectVerifier } from './keycloak-connect-verifier';
import { KeySetUnavailableError } from './realm-key-set';

/**
 * A stand-in for the realm's certs endpoint on loopback, with keys made here, so every rule of the
 * verifier is checked without Keycloak (tests/integration/keycloak-identity.test.ts does it with one).
 */
interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  jwk: Record<string, string>;
}

function makeKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { n, e } = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { kid, privateKey, jwk: { kid, kty: 'RSA', alg: 'RS256', use: 'sig', n, e } };
}

const b64 = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');

function signToken(claims: Record<string, unknown>, key: SigningKey, header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT', kid: key.kid }): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key.privateKey).toString('base64url')}`;
}

const keyA = makeKey('key-a');
const keyB = makeKey('key-b');
let server: Server;
let published: Array<Record<string, string>> = [];
let certsStatus = 200;
let certsRequests = 0;
let authServerUrl: string;
const realm = 'civicloop';
const clientId = 'civicloop-gateway';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url !== `/realms/${realm}/protocol/openid-connect/certs`) return response.writeHead(404).end();
    certsRequests += 1;
    // Keycloak also lists an encryption key; it must never be taken for a signing key.
    const encryption = { ...keyB.jwk, kid: 'enc-key', use: 'enc', alg: 'RSA-OAEP' };
    response.writeHead(certsStatus, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [...published, encryption] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  authServerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

beforeEach(() => {
  published = [keyA.jwk];
  certsStatus = 200;
  certsRequests = 0;
});

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: `${authServerUrl}/realms/${realm}`,
    aud: [clientId, 'account'],
    azp: 'civicloop-portal',
    typ: 'Bearer',
    sub: 'user-1',
    iat: now,
    exp: now + 300,
    preferred_username: 'demo-donghua-staff',
    name: '张三',
    email: 'zhangsan@example.test',
    tenant: 'demo',
    units: ['street-donghua'],
    realm_access: { roles: ['unit-staff'] },
    ...overrides,
  };
}

const verifier = (options = {}) => new KeycloakConnectVerifier({ authServerUrl, realm, clientId }, options);

describe('KeycloakConnectVerifier', () => {
  it('accepts a token of the realm for the gateway and returns only the claims CivicLoop reads', async () => {
    const verified = await verifier().verify(signToken(claims(), keyA));
    expect(verified).toEqual({
      sub: 'user-1',
      exp: expect.any(Number),
      preferred_username: 'demo-donghua-staff',
      tenant: 'demo',
      units: ['street-donghua'],
      realm_access: { roles: ['unit-staff'] },
      aud: [clientId, 'account'],
      azp: 'civicloop-portal',
    });
    expect(verified).not.toHaveProperty('name');
    expect(verified).not.toHaveProperty('email');
  });

  it('accepts an audience given as a single string', async () => {
    expect(await verifier().verify(signToken(claims({ aud: clientId }), keyA))).not.toBeNull();
  });

  it('refuses an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 10;
    expect(await verifier().verify(signToken(claims({ iat: past - 300, exp: past }), keyA))).toBeNull();
  });

  it('refuses a token without exp, which keycloak-connect alone would take as never expiring', async () => {
    expect(await verifier().verify(signToken(claims({ exp: undefined }), keyA))).toBeNull();
  });

  it('refuses a token for another audience', async () => {
    expect(await verifier().verify(signToken(claims({ aud: 'account' }), keyA))).toBeNull();
    expect(await verifier().verify(signToken(claims({ aud: undefined }), keyA))).toBeNull();
  });

  it('refuses a token of another issuer, even one signed by a key of the realm', async () => {
    expect(await verifier().verify(signToken(claims({ iss: `${authServerUrl}/realms/other` }), keyA))).toBeNull();
    expect(await verifier().verify(signToken(claims({ iss: `http://localhost:1/realms/${realm}` }), keyA))).toBeNull();
  });

  it('refuses ID and refresh tokens: only access tokens (typ Bearer) are bearer tokens', async () => {
    expect(await verifier().verify(signToken(claims({ typ: 'ID' }), keyA))).toBeNull();
    expect(await verifier().verify(signToken(claims({ typ: 'Refresh' }), keyA))).toBeNull();
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const token = signToken(claims(), keyA);
    const [header, payload, signature] = token.split('.');
    const forged = b64({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), tenant: 'demo2' });
    expect(await verifier().verify(`${header}.${forged}.${signature}`)).toBeNull();
    const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
    expect(await verifier().verify(`${header}.${flipped}.${signature}`)).toBeNull();
  });

  it('refuses a token signed by a key the realm does not publish, even under a published kid', async () => {
    expect(await verifier().verify(signToken(claims(), { ...keyB, kid: keyA.kid }))).toBeNull();
  });

  it('refuses every algorithm but RS256, including HS256 keyed with the public key and none', async () => {
    const publicPem = createPublicKey(keyA.privateKey).export({ type: 'spki', format: 'pem' });
    const input = `${b64({ alg: 'HS256', typ: 'JWT', kid: keyA.kid })}.${b64(claims())}`;
    const hs256 = `${input}.${createHmac('sha256', publicPem).update(input).digest('base64url')}`;
    expect(await verifier().verify(hs256)).toBeNull();
    expect(await verifier().verify(`${b64({ alg: 'none', kid: keyA.kid })}.${b64(claims())}.`)).toBeNull();
    expect(await verifier().verify(signToken(claims(), keyA, { alg: 'RS512', kid: keyA.kid }))).toBeNull();
  });

  it('refuses what is not a compact JWS', async () => {
    const subject = verifier();
    const token = signToken(claims(), keyA);
    for (const bad of ['', 'garbage', token.split('.').slice(0, 2).join('.'), `${token}.extra`, token.replace(/\./, '.+'), `${token} `, 'a'.repeat(20_000)]) {
      expect(await subject.verify(bad)).toBeNull();
    }
  });

  it('never takes the realm encryption key for a signing key', async () => {
    expect(await verifier().verify(signToken(claims(), { ...keyB, kid: 'enc-key' }))).toBeNull();
  });

  it('fetches the keys once for many concurrent first requests, then verifies from the cache', async () => {
    const subject = verifier();
    const token = signToken(claims(), keyA);
    const results = await Promise.all(Array.from({ length: 20 }, () => subject.verify(token)));
    expect(results.every((result) => result !== null)).toBe(true);
    await subject.verify(token);
    expect(certsRequests).toBe(1);
  });

  it('follows a key rotation at once: an unknown kid refetches the set and is then accepted', async () => {
    const subject = verifier({ refetchIntervalMs: 0 });
    expect(await subject.verify(signToken(claims(), keyA))).not.toBeNull();
    published = [keyA.jwk, keyB.jwk];
    expect(await subject.verify(signToken(claims(), keyB))).not.toBeNull();
    expect(certsRequests).toBe(2);
  });

  it('refetches for unknown kids at most once per interval, so random kids cannot flood the realm', async () => {
    const subject = verifier({ refetchIntervalMs: 60_000 });
    await subject.verify(signToken(claims(), keyA));
    for (let i = 0; i < 5; i += 1) expect(await subject.verify(signToken(claims(), { ...keyB, kid: `random-${i}` }))).toBeNull();
    expect(certsRequests).toBe(1);
  });

  it('drops a withdrawn key once the cached set is older than its maximum age', async () => {
    const subject = verifier({ maxAgeMs: 0, refetchIntervalMs: 0 });
    expect(await subject.verify(signToken(claims(), keyA))).not.toBeNull();
    published = [keyB.jwk];
    expect(await subject.verify(signToken(claims(), keyA))).toBeNull();
  });

  it('does not refetch on every request when the realm publishes no signing key at all', async () => {
    published = [];
    const subject = verifier({ refetchIntervalMs: 60_000 });
    for (let i = 0; i < 3; i += 1) expect(await subject.verify(signToken(claims(), keyA))).toBeNull();
    expect(certsRequests).toBe(1);
  });

  it('keeps a stale set when the realm cannot be reached for a refresh', async () => {
    const subject = verifier({ maxAgeMs: 0 });
    await subject.warmUp();
    certsStatus = 503;
    expect(await subject.verify(signToken(claims(), keyA))).not.toBeNull();
  });

  it('throws KeySetUnavailableError, not null, when no key could ever be fetched', async () => {
    certsStatus = 500;
    await expect(verifier().verify(signToken(claims(), keyA))).rejects.toBeInstanceOf(KeySetUnavailableError);
    const closed = new KeycloakConnectVerifier({ authServerUrl: 'http://127.0.0.1:9', realm, clientId }, { requestTimeoutMs: 1_000 });
    await expect(closed.warmUp()).rejects.toThrow(/could not be fetched from http:\/\/127\.0\.0\.1:9\/realms\/civicloop/);
  });

  it('refuses to be built on settings that cannot work', () => {
    expect(() => new KeycloakConnectVerifier({ authServerUrl: 'not a url', realm, clientId })).toThrow(/not a URL/);
    expect(() => new KeycloakConnectVerifier({ authServerUrl: 'ftp://host', realm, clientId })).toThrow(/plain http/);
    expect(() => new KeycloakConnectVerifier({ authServerUrl, realm: '', clientId })).toThrow(/realm/);
    expect(() => new KeycloakConnectVerifier({ authServerUrl, realm: 'a/b', clientId })).toThrow(/realm/);
    expect(() => new KeycloakConnectVerifier({ authServerUrl, realm, clientId: '' })).toThrow(/clientId/);
  });

  it('names the issuer without the trailing slash of the server URL', () => {
    expect(new KeycloakConnectVerifier({ authServerUrl: `${authServerUrl}/`, realm, clientId }).issuer).toBe(`${authServerUrl}/realms/${realm}`);
  });
});
