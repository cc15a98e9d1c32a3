import { BearerTokenIdentity, contextOf, PLATFORM_TENANT } from './bearer-token-identity';
import type { CivicTokenClaims, TokenVerifier } from './tokens/token-verifier';

const staff: CivicTokenClaims = { sub: 'u-1', tenant: 'demo', units: ['street-donghua'], realm_access: { roles: ['unit-staff', 'offline_access'] } };

describe('who a bearer token says the caller is', () => {
  it('takes district, units and the CivicLoop roles from the claims, and ignores other roles', () => {
    expect(contextOf(staff)).toEqual({ tenantId: 'demo', userId: 'u-1', roles: ['unit-staff'], unitCodes: ['street-donghua'] });
  });

  it('accepts a single unit as a plain string, as a single-valued mapper writes it', () => {
    expect(contextOf({ ...staff, units: 'water-authority' })?.unitCodes).toEqual(['water-authority']);
  });

  it('never lets a token claim the internal system role', () => {
    expect(contextOf({ ...staff, realm_access: { roles: ['system', 'agent'] } })?.roles).toEqual(['agent']);
  });

  it('puts a platform operator, who has no district, in the platform pseudo-district', () => {
    expect(contextOf({ sub: 'op', realm_access: { roles: ['platform-operator'] } })?.tenantId).toBe(PLATFORM_TENANT);
  });

  it('refuses a user without a district', () => {
    expect(contextOf({ sub: 'u-2', realm_access: { roles: ['agent'] } })).toBeNull();
  });

  it('asks the verifier only for a well-formed bearer header', async () => {
    const verify = jest.fn(async () => staff);
    const identity = new BearerTokenIdentity({ verify } as TokenVerifier);
    expect(await identity.resolve({})).toBeNull();
    expect(await identity.resolve({ authorization: 'Basic abc' })).toBeNull();
    expect(verify).not.toHaveBeenCalled();
    expect(await identity.resolve({ authorization: 'Bearer a.b.c' })).toMatchObject({ tenantId: 'demo' });
    expect(verify).toHaveBeenCalledWith('a.b.c');
  });

  it('refuses the caller when the verifier rejects the token', async () => {
    const identity = new BearerTokenIdentity({ verify: async () => null });
    expect(await identity.resolve({ authorization: 'Bearer a.b.c' })).toBeNull();
  });
});
