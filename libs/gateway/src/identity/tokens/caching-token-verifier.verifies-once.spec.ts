import { CachingTokenVerifier } from './caching-token-verifier';
import { CountingVerifier } from './caching-token-verifier.fixture';

it('a token verified once is not verified again while it is cached, and every caller gets the same claims', async () => {
  const inner = new CountingVerifier();
  inner.accept('token-a', { tenant: 'demo', units: ['street-donghua'] });
  const cache = new CachingTokenVerifier(inner);

  const first = await cache.verify('token-a');
  first?.realm_access?.roles?.push('district-admin'); // what one request does with its claims
  const later = await Promise.all([cache.verify('token-a'), cache.verify('token-a')]);

  expect(inner.calls).toBe(1);
  for (const claims of later) expect(claims).toEqual({ ...first, realm_access: { roles: ['agent'] } });
});
