import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROLES } from '@civicloop/contracts';
import { CIVICLOOP_REALM, GATEWAY_CLIENT_ID, PORTAL_CLIENT_ID } from '../tokens/token-verifier';

/**
 * The Keycloak realm (deploy/keycloak/civicloop-realm.json) and the demo people of the embedded
 * login (demo-users.json) are both written by deploy/keycloak/generate-realm.js: both modes must
 * know the same people, with the roles, districts and units the rest of CivicLoop uses.
 */
const ROOT = resolve(__dirname, '../../../../..');
const readJson = (file: string) => JSON.parse(readFileSync(resolve(ROOT, 'deploy/keycloak', file), 'utf8'));

interface DemoUserEntry {
  username: string;
  name: string;
  roles: string[];
  tenant: string | null;
  units: string[];
}

const realm = readJson('civicloop-realm.json');
const demoUsers: DemoUserEntry[] = readJson('demo-users.json');
const realmRoles = ROLES.filter((role) => role !== 'system');

/** Unit codes of the demo district, read from its source (the gateway may not import the dispatch lib). */
function demoUnitCodes(): string[] {
  const source = readFileSync(resolve(ROOT, 'libs/dispatch/src/districts/demo-district.ts'), 'utf8');
  const units = source.slice(source.indexOf('DEMO_UNITS'), source.indexOf('DEMO_AREAS'));
  return [...units.matchAll(/code: '([^']+)'/g)].map((match) => match[1]);
}

describe('the development realm and its demo people', () => {
  it('are what deploy/keycloak/generate-realm.js writes (run it after changing either)', () => {
    const check = spawnSync(process.execPath, [resolve(ROOT, 'deploy/keycloak/generate-realm.js'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('agree: every demo user is a realm user with the same roles, district and units', () => {
    const inRealm = realm.users.map((user: { username: string; realmRoles: string[]; attributes: Record<string, string[]> }) => ({
      username: user.username,
      roles: user.realmRoles,
      tenant: user.attributes.tenant?.[0] ?? null,
      units: user.attributes.units ?? [],
    }));
    expect(inRealm).toEqual(demoUsers.map(({ username, roles, tenant, units }) => ({ username, roles, tenant, units })));
  });

  it('defines exactly the realm roles of CivicLoop', () => {
    expect(realm.realm).toBe(CIVICLOOP_REALM);
    expect(realm.roles.realm.map((role: { name: string }) => role.name).sort()).toEqual([...realmRoles].sort());
  });

  it('has someone of every district role in both demo districts, and a platform operator without one', () => {
    for (const tenant of ['demo', 'demo2']) {
      const roles = new Set(demoUsers.filter((user) => user.tenant === tenant).flatMap((user) => user.roles));
      expect([...roles].sort()).toEqual(realmRoles.filter((role) => role !== 'platform-operator').sort());
    }
    expect(demoUsers.filter((user) => user.roles.includes('platform-operator'))).toEqual([expect.objectContaining({ username: 'operator', tenant: null })]);
  });

  it('gives units only from the demo catalogue, and only to unit people', () => {
    const known = demoUnitCodes();
    expect(known).toContain('street-donghua');
    for (const user of demoUsers) {
      for (const unit of user.units) expect(known).toContain(unit);
      if (user.roles.some((role) => role === 'unit-staff' || role === 'unit-manager')) expect(user.units.length).toBeGreaterThan(0);
    }
  });

  it('puts tenant and units into the portal tokens, for the gateway audience, under PKCE', () => {
    const portal = realm.clients.find((client: { clientId: string }) => client.clientId === PORTAL_CLIENT_ID);
    expect(portal).toMatchObject({ publicClient: true, standardFlowEnabled: true, implicitFlowEnabled: false, attributes: { 'pkce.code.challenge.method': 'S256' } });
    const mappers = Object.fromEntries(portal.protocolMappers.map((mapper: { name: string; config: Record<string, string> }) => [mapper.name, mapper.config]));
    expect(mappers.tenant).toMatchObject({ 'user.attribute': 'tenant', 'claim.name': 'tenant', multivalued: 'false', 'access.token.claim': 'true' });
    expect(mappers.units).toMatchObject({ 'user.attribute': 'units', 'claim.name': 'units', multivalued: 'true', 'access.token.claim': 'true' });
    expect(mappers['gateway-audience']).toMatchObject({ 'included.client.audience': GATEWAY_CLIENT_ID, 'access.token.claim': 'true' });
    const gateway = realm.clients.find((client: { clientId: string }) => client.clientId === GATEWAY_CLIENT_ID);
    expect(gateway).toMatchObject({ bearerOnly: true, standardFlowEnabled: false, directAccessGrantsEnabled: false, serviceAccountsEnabled: false });
  });

  it('lets only administrators edit tenant and units, and keeps access tokens short-lived', () => {
    const profile = JSON.parse(realm.components['org.keycloak.userprofile.UserProfileProvider'][0].config['kc.user.profile.config'][0]);
    const attribute = (name: string) => profile.attributes.find((entry: { name: string }) => entry.name === name);
    expect(attribute('tenant')).toMatchObject({ multivalued: false, permissions: { edit: ['admin'] } });
    expect(attribute('units')).toMatchObject({ multivalued: true, permissions: { edit: ['admin'] } });
    expect(realm.accessTokenLifespan).toBeLessThanOrEqual(300);
    expect(realm.defaultSignatureAlgorithm).toBe('RS256');
  });
});
