import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ROLES, type CommandMessage, type CommandReply } from '@civicloop/contracts';
import { createGatewayApp, DEMO_PASSWORD, GATEWAY_CLIENT_ID, KeycloakConnectVerifier, PLATFORM_TENANT, PORTAL_CLIENT_ID, setUpIdentity } from '@civicloop/gateway';
import type { CommandClient } from '@civicloop/messaging';

jest.setTimeout(180_000);

/**
 * Tokens of a real Keycloak (started by `npm test` with deploy/keycloak/civicloop-realm.json) checked
 * by the keycloak-connect verifier on its own and behind the gateway. Short-lived and foreign-audience
 * tokens come from clients this suite adds through the admin API and removes again.
 */
const keycloakUrl = process.env.CIVICLOOP_TEST_KEYCLOAK_URL!;
const realm = 'civicloop';
const realmUrl = `${keycloakUrl}/realms/${realm}`;
const settings = { authServerUrl: keycloakUrl, realm, clientId: GATEWAY_CLIENT_ID };

interface DemoUser {
  username: string;
  roles: string[];
  tenant: string | null;
  units: string[];
}
const deployDir = resolve(__dirname, '../../deploy/keycloak');
const demoUsers: DemoUser[] = JSON.parse(readFileSync(resolve(deployDir, 'demo-users.json'), 'utf8'));
const portalMappers: Array<{ name: string }> = JSON.parse(readFileSync(resolve(deployDir, 'civicloop-realm.json'), 'utf8')).clients.find(
  (client: { clientId: string }) => client.clientId === PORTAL_CLIENT_ID,
).protocolMappers;

interface Tokens {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
}

async function form(url: string, fields: Record<string, string>): Promise<Tokens> {
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams(fields) });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Tokens;
}

/** The password grant: on for the portal client of the development realm, off in production realms. */
function signIn(username: string, clientId = PORTAL_CLIENT_ID): Promise<Tokens> {
  return form(`${realmUrl}/protocol/openid-connect/token`, { grant_type: 'password', client_id: clientId, username, password: DEMO_PASSWORD, scope: 'openid' });
}

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
const headerOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
const civicRoles = (roles: string[] = []) => roles.filter((role) => (ROLES as readonly string[]).includes(role)).sort();

/** The realm's admin REST API, as the bootstrap admin of the test server. */
class RealmAdmin {
  private created: string[] = [];

  private constructor(private readonly token: string) {}

  static async signIn(): Promise<RealmAdmin> {
    const { access_token } = await form(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.CIVICLOOP_TEST_KEYCLOAK_ADMIN_USER ?? 'admin',
      password: process.env.CIVICLOOP_TEST_KEYCLOAK_ADMIN_PASSWORD ?? '',
    });
    return new RealmAdmin(access_token);
  }

  async call(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${keycloakUrl}/admin/realms/${realm}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response;
  }

  /** Creates something (a client, a key provider) that removeAll() deletes again. */
  async create(path: string, representation: unknown): Promise<string> {
    const location = (await this.call('POST', path, representation)).headers.get('location')!;
    const relative = location.slice(location.indexOf(`/admin/realms/${realm}`) + `/admin/realms/${realm}`.length);
    this.created.push(relative);
    return relative;
  }

  async remove(path: string): Promise<void> {
    await this.call('DELETE', path);
    this.created = this.created.filter((created) => created !== path);
  }

  async removeAll(): Promise<void> {
    for (const path of this.created.reverse()) await this.call('DELETE', path).catch(() => undefined);
    this.created = [];
  }
}

/** A public test client with the portal's mappers; `without` drops some of them. */
function testClient(clientId: string, { attributes = {}, without = [] as string[], extraMappers = [] as object[] } = {}) {
  return {
    clientId,
    publicClient: true,
    standardFlowEnabled: false,
    directAccessGrantsEnabled: true,
    attributes,
    protocolMappers: [...portalMappers.filter((mapper) => !without.includes(mapper.name)).map(({ name, ...rest }) => ({ name, ...rest })), ...extraMappers],
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timeEach(count: number, work: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const began = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - began) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

const suffix = randomUUID().slice(0, 8);
const SHORT_LIVED = `test-short-lived-${suffix}`;
const OTHER_AUDIENCE = `test-other-audience-${suffix}`;
let admin: RealmAdmin;

beforeAll(async () => {
  admin = await RealmAdmin.signIn();
  // Keycloak's own client setting "Access Token Lifespan", here 1 s, for expired tokens without waiting 5 min.
  await admin.create('/clients', testClient(SHORT_LIVED, { attributes: { 'access.token.lifespan': '1' } }));
  const otherAudience = { name: 'portal-audience', protocol: 'openid-connect', protocolMapper: 'oidc-audience-mapper', config: { 'included.client.audience': PORTAL_CLIENT_ID, 'access.token.claim': 'true' } };
  await admin.create('/clients', testClient(OTHER_AUDIENCE, { without: ['gateway-audience'], extraMappers: [otherAudience] }));
});

afterAll(async () => {
  await admin?.removeAll();
});

describe('Keycloak tokens checked by KeycloakConnectVerifier', () => {
  const verifier = new KeycloakConnectVerifier(settings);

  it('accepts every demo person of both districts, with the district, units and realm roles the realm gives them', async () => {
    expect(new Set(demoUsers.map((user) => user.tenant))).toEqual(new Set(['demo', 'demo2', null]));
    for (const user of demoUsers) {
      const claims = await verifier.verify((await signIn(user.username)).access_token);
      expect({ username: claims?.preferred_username, tenant: claims?.tenant ?? null, units: claims?.units ?? [], roles: civicRoles(claims?.realm_access?.roles) }).toEqual({
        username: user.username,
        tenant: user.tenant,
        units: user.units,
        roles: [...user.roles].sort(),
      });
      if (user.units.length > 0) expect(Array.isArray(claims!.units)).toBe(true); // multivalued: a JSON array even for one unit
      expect(claims!.aud).toContain(GATEWAY_CLIENT_ID);
      expect(claims!.sub).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('carries personal data in the raw token (so it is never logged), but returns none of it', async () => {
    const { access_token } = await signIn('demo-agent');
    expect(claimsOf(access_token).name).toBeDefined();
    const claims = await verifier.verify(access_token);
    expect(Object.keys(claims!).sort()).toEqual(['aud', 'azp', 'exp', 'preferred_username', 'realm_access', 'sub', 'tenant']);
  });

  it('refuses no token and what is not a token', async () => {
    for (const token of ['', 'Bearer', 'not-a-token', 'a.b.c']) expect(await verifier.verify(token)).toBeNull();
  });

  it('refuses a token once it has expired', async () => {
    const { access_token } = await signIn('demo-dispatcher', SHORT_LIVED);
    const { exp, iat } = claimsOf(access_token);
    expect(exp - iat).toBe(1);
    expect(await verifier.verify(access_token)).not.toBeNull(); // the same token, still valid
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 50));
    expect(await verifier.verify(access_token)).toBeNull();
  });

  it('refuses a token changed after signing: one payload character, or another district', async () => {
    const { access_token } = await signIn('demo2-agent');
    const [header, payload, signature] = access_token.split('.');
    const at = Math.floor(payload.length / 2);
    const flipped = payload.slice(0, at) + (payload[at] === 'A' ? 'B' : 'A') + payload.slice(at + 1);
    expect(await verifier.verify(`${header}.${flipped}.${signature}`)).toBeNull();
    const otherDistrict = Buffer.from(JSON.stringify({ ...claimsOf(access_token), tenant: 'demo' })).toString('base64url');
    expect(await verifier.verify(`${header}.${otherDistrict}.${signature}`)).toBeNull();
    expect(await verifier.verify(`${header}.${payload}.${signature.slice(0, -4)}AAAA`)).toBeNull();
  });

  it('refuses a valid token of the realm issued for another audience', async () => {
    const { access_token } = await signIn('demo-agent', OTHER_AUDIENCE);
    expect(claimsOf(access_token).aud).not.toContain(GATEWAY_CLIENT_ID);
    expect(await verifier.verify(access_token)).toBeNull();
    // The same token passes a verifier of the audience it names: only the audience was wrong.
    expect(await new KeycloakConnectVerifier({ ...settings, clientId: PORTAL_CLIENT_ID }).verify(access_token)).not.toBeNull();
  });

  it('refuses ID and refresh tokens of a grant: only its access token is a bearer token', async () => {
    const tokens = await signIn('demo-supervisor');
    expect(tokens.id_token && tokens.refresh_token).toBeTruthy();
    expect(await verifier.verify(tokens.id_token!)).toBeNull();
    expect(await verifier.verify(tokens.refresh_token!)).toBeNull();
  });

  it('refuses a token whose issuer is not the configured server, e.g. localhost for 127.0.0.1', async () => {
    const { access_token } = await signIn('demo-agent');
    const localhost = new KeycloakConnectVerifier({ ...settings, authServerUrl: keycloakUrl.replace('127.0.0.1', 'localhost') });
    expect(await localhost.verify(access_token)).toBeNull();
  });

  it('follows a key rotation of the realm at once, with its keys already cached', async () => {
    const rotating = new KeycloakConnectVerifier(settings);
    const before = await rotating.warmUp();
    const realmId = ((await (await admin.call('GET', '')).json()) as { id: string }).id;
    const provider = await admin.create('/components', {
      name: `rotation-${suffix}`,
      providerId: 'rsa-generated',
      providerType: 'org.keycloak.keys.KeyProvider',
      parentId: realmId,
      config: { priority: ['1000'], enabled: ['true'], active: ['true'], keySize: ['2048'], algorithm: ['RS256'] },
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the verifier's refetch interval (1 s)
      const { access_token } = await signIn('demo-donghua-staff');
      expect(before).not.toContain(headerOf(access_token).kid);
      expect(await rotating.verify(access_token)).not.toBeNull();
    } finally {
      await admin.remove(provider);
    }
  });

  it('verifies a token in about a millisecond once the keys are cached (p50/p99 printed)', async () => {
    const { access_token } = await signIn('demo-liaison');
    for (let i = 0; i < 50; i += 1) expect(await verifier.verify(access_token)).not.toBeNull();
    const { p50, p99 } = await timeEach(500, () => verifier.verify(access_token));
    console.log(`KeycloakConnectVerifier.verify over 500 verifications of one token: p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms`);
    expect(p50).toBeLessThan(20);
  });
});

describe('the gateway with Keycloak as its identity provider', () => {
  const received: CommandMessage[] = [];
  const services: CommandClient = {
    async send<T>(_subject: string, message: CommandMessage): Promise<CommandReply<T>> {
      received.push(message);
      return { ok: true, data: { id: (message.payload as { id: string }).id, version: 1 } as T };
    },
  };
  let app: INestApplication;
  let gatewayUrl: string;

  beforeAll(async () => {
    app = await createGatewayApp({ commandClient: services, ...setUpIdentity({ keycloakUrl, gatewayUrl: 'http://127.0.0.1:0' }) });
    await app.listen(0, '127.0.0.1');
    gatewayUrl = await app.getUrl();
    gatewayUrl = gatewayUrl.replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
  });

  const getRequest = (authorization?: string) =>
    fetch(`${gatewayUrl}/api/v1/requests/${randomUUID()}`, { headers: authorization ? { authorization } : {} });

  it('tells the portal, without a token, to sign in through Keycloak with the portal client, and lets the browser reach Keycloak', async () => {
    const response = await fetch(`${gatewayUrl}/api/v1/portal-config`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ login: 'keycloak', url: keycloakUrl.replace(/\/$/, ''), realm: 'civicloop', clientId: PORTAL_CLIENT_ID });
    expect(response.headers.get('content-security-policy')).toContain(`connect-src 'self' ${new URL(keycloakUrl).origin}`);
  });

  it('answers 401 without a token, with a malformed one, and with the development headers of old', async () => {
    expect((await getRequest()).status).toBe(401);
    expect((await getRequest('Bearer not-a-token')).status).toBe(401);
    expect((await getRequest('Basic ZGVtbzpkZW1v')).status).toBe(401);
    const headers = { 'x-civic-tenant': 'demo', 'x-civic-user': 'agent-1', 'x-civic-roles': 'agent' };
    expect((await fetch(`${gatewayUrl}/api/v1/requests/${randomUUID()}`, { headers })).status).toBe(401);
  });

  it('answers 401 for expired, tampered and foreign-audience tokens', async () => {
    const expired = (await signIn('demo-agent', SHORT_LIVED)).access_token;
    const foreign = (await signIn('demo-agent', OTHER_AUDIENCE)).access_token;
    const [header, payload, signature] = (await signIn('demo-agent')).access_token.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claimsOf(`${header}.${payload}.x`), realm_access: { roles: ['platform-operator'] } })).toString('base64url')}.${signature}`;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, claimsOf(expired).exp * 1000 - Date.now()) + 50));
    for (const token of [expired, tampered, foreign]) expect((await getRequest(`Bearer ${token}`)).status).toBe(401);
  });

  it('passes the context of the token to the services: district, user, roles and units, for both districts', async () => {
    for (const username of ['demo-agent', 'demo2-donghua-staff', 'demo-liaison', 'operator']) {
      const user = demoUsers.find((candidate) => candidate.username === username)!;
      const { access_token } = await signIn(username);
      received.length = 0;
      const response = await getRequest(`Bearer ${access_token}`);
      expect(response.status).toBe(200);
      expect(received).toHaveLength(1);
      expect(received[0].context).toMatchObject({
        tenantId: user.tenant ?? PLATFORM_TENANT,
        userId: claimsOf(access_token).sub,
        roles: user.roles,
        unitCodes: user.units,
      });
    }
  });

  it('adds little latency per request for the token check (p50/p99 printed beside a public route)', async () => {
    const { access_token } = await signIn('demo-dispatcher');
    const authorization = `Bearer ${access_token}`;
    for (let i = 0; i < 30; i += 1) await (await getRequest(authorization)).arrayBuffer();
    const withToken = await timeEach(300, async () => (await getRequest(authorization)).arrayBuffer());
    const publicRoute = await timeEach(300, async () => (await fetch(`${gatewayUrl}/health/live`)).arrayBuffer());
    console.log(
      `gateway over 300 requests each: GET /api/v1/requests/:id with a Keycloak token p50 ${withToken.p50.toFixed(2)} ms, p99 ${withToken.p99.toFixed(2)} ms; ` +
        `public /health/live p50 ${publicRoute.p50.toFixed(2)} ms, p99 ${publicRoute.p99.toFixed(2)} ms`,
    );
    expect(withToken.p50).toBeLessThan(50);
  });
});
