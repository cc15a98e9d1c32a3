import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Identity } from '../api/api-client';
import type { TokenSource } from '../api/test-tokens';

/** Someone the matrix calls as: a user of the real Keycloak realm, with the district and units it carries. */
export interface Principal extends Identity {
  /** The Keycloak username (also the identity's userId, as keycloakTokens reads it). */
  userId: string;
  tenantId: string | null;
  roles: string[];
  unitCodes: string[];
}

const REALM = 'civicloop';
const DEV_PASSWORD = 'civicloop-dev';
/** The realm's second resident of the demo district (the realm ships one per district), made for the run. */
export const SECOND_RESIDENT = 'demo-resident-isolation';

interface DemoUser {
  username: string;
  roles: string[];
  tenant: string | null;
  units: string[];
}

/** Every demo user of the realm (deploy/keycloak/demo-users.json), plus the second resident. */
export function realmPrincipals(): Principal[] {
  const users: DemoUser[] = JSON.parse(readFileSync(resolve(__dirname, '../../../deploy/keycloak/demo-users.json'), 'utf8'));
  const principals = users.map((user) => ({ userId: user.username, tenantId: user.tenant, roles: user.roles, unitCodes: user.units }));
  return [...principals, { userId: SECOND_RESIDENT, tenantId: 'demo', roles: ['resident'], unitCodes: [] }];
}

/** The test refuses to run without the real Keycloak rather than quietly testing something else. */
export async function requireKeycloak(keycloakUrl: string | undefined): Promise<string> {
  const hint = 'the isolation matrix takes its tokens from the real Keycloak: run it under `npm test` (run-all provisions Keycloak) or a dev stack started without --no-keycloak';
  if (!keycloakUrl) throw new Error(`CIVICLOOP_TEST_KEYCLOAK_URL is not set; ${hint}`);
  const response = await fetch(`${keycloakUrl}/realms/${REALM}/.well-known/openid-configuration`).catch((error: Error) => error);
  if (response instanceof Error || !response.ok) {
    throw new Error(`Keycloak at ${keycloakUrl} does not answer (${response instanceof Error ? response.message : response.status}); ${hint}`);
  }
  return keycloakUrl;
}

/** The realm's admin API, for the one user the suite adds and removes again. */
export class RealmUsers {
  private constructor(
    private readonly keycloakUrl: string,
    private readonly token: string,
  ) {}

  static async signIn(keycloakUrl: string): Promise<RealmUsers> {
    const response = await fetch(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: process.env.CIVICLOOP_TEST_KEYCLOAK_ADMIN_USER ?? 'admin',
        password: process.env.CIVICLOOP_TEST_KEYCLOAK_ADMIN_PASSWORD ?? '',
      }),
    });
    if (!response.ok) throw new Error(`Keycloak's admin sign-in failed: ${response.status} ${await response.text()}`);
    return new RealmUsers(keycloakUrl, ((await response.json()) as { access_token: string }).access_token);
  }

  private async call(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.keycloakUrl}/admin/realms/${REALM}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok && response.status !== 404) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  }

  /** A resident of a district with the development password (replaces one left by an earlier run). */
  async addResident(username: string, tenantId: string): Promise<void> {
    await this.remove(username);
    await this.call('POST', '/users', {
      username,
      enabled: true,
      firstName: '隔离测试居民',
      attributes: { tenant: [tenantId] },
      credentials: [{ type: 'password', value: DEV_PASSWORD, temporary: false }],
      requiredActions: [],
    });
    const [user] = (await (await this.call('GET', `/users?exact=true&username=${encodeURIComponent(username)}`)).json()) as Array<{ id: string }>;
    const role = await (await this.call('GET', '/roles/resident')).json();
    await this.call('POST', `/users/${user.id}/role-mappings/realm`, [role]);
  }

  async remove(username: string): Promise<void> {
    const found = (await (await this.call('GET', `/users?exact=true&username=${encodeURIComponent(username)}`)).json()) as Array<{ id: string }>;
    for (const user of found) await this.call('DELETE', `/users/${user.id}`);
  }
}

/**
 * Tokens by the password grant, fetched again shortly before they expire: the matrix runs longer
 * than an access token lives.
 */
export function refreshingKeycloakTokens(keycloakUrl: string): TokenSource {
  const issued = new Map<string, { token: string; expiresAt: number }>();
  return async (identity) => {
    const held = issued.get(identity.userId);
    if (held && held.expiresAt > Date.now() + 30_000) return held.token;
    const response = await fetch(`${keycloakUrl}/realms/${REALM}/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'civicloop-portal', username: identity.userId, password: DEV_PASSWORD }),
    });
    if (!response.ok) throw new Error(`Keycloak refused ${identity.userId}: ${response.status} ${await response.text()}`);
    const { access_token, expires_in } = (await response.json()) as { access_token: string; expires_in: number };
    issued.set(identity.userId, { token: access_token, expiresAt: Date.now() + expires_in * 1000 });
    return access_token;
  };
}
