import { CachingTokenVerifier } from './caching-token-verifier';
import { CountingVerifier } from './caching-token-verifier.fixture';

afterEach(() => jest.restoreAllMocks());

it('a cached token is refused once its exp has passed, judged by Date.now like keycloak-connect', async () => {
  const verifiedAt = Date.now();
  const exp = Math.floor(verifiedAt / 1000) + 10;
  const inner = new CountingVerifier();
  inner.accept('token-a', { exp });
  const cache = new CachingTokenVerifier(inner);
  expect(await cache.verify('token-a')).not.toBeNull();

  jest.spyOn(Date, 'now').mockReturnValue(exp * 1000); // the last millisecond keycloak-connect accepts
  expect(await cache.verify('token-a')).not.toBeNull();
  jest.spyOn(Date, 'now').mockReturnValue(exp * 1000 + 1);
  expect(await cache.verify('token-a')).toBeNull();
  expect(inner.calls).toBe(1);
});
