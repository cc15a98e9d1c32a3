import { setUpIdentity } from './identity-setup';
import { KeycloakConnectVerifier } from './keycloak/keycloak-connect-verifier';

afterEach(() => jest.restoreAllMocks());

describe.each([
  ['against Keycloak', { keycloakUrl: 'http://127.0.0.1:8080', gatewayUrl: 'http://127.0.0.1:3000' }],
  ['in the embedded realm', { gatewayUrl: 'http://127.0.0.1:3000' }],
])('signing in %s', (_, options) => {
  it('checks a token’s signature once, then takes it from the cache of verified tokens', async () => {
    const exp = Math.floor(Date.now() / 1000) + 300;
    const verify = jest.spyOn(KeycloakConnectVerifier.prototype, 'verify').mockResolvedValue({ sub: 'user-1', tenant: 'demo', exp, realm_access: { roles: ['agent'] } });
    const { identity } = setUpIdentity(options);
    const headers = { authorization: 'Bearer aaa.bbb.ccc' };

    const first = await identity.resolve(headers);
    expect(await identity.resolve(headers)).toEqual(first);
    expect(first).toMatchObject({ tenantId: 'demo', userId: 'user-1', roles: ['agent'] });
    expect(verify).toHaveBeenCalledTimes(1);
  });
});
