import { CachingTokenVerifier } from './caching-token-verifier';
import { CountingVerifier } from './caching-token-verifier.fixture';

it('a refused token is checked again on every request, and accepted once it verifies', async () => {
  const inner = new CountingVerifier();
  const cache = new CachingTokenVerifier(inner);

  expect(await cache.verify('token-a')).toBeNull();
  expect(await cache.verify('token-a')).toBeNull();
  inner.accept('token-a');
  expect(await cache.verify('token-a')).not.toBeNull();

  expect(inner.calls).toBe(3);
  expect(cache.size).toBe(1);
});

it('an unreachable realm (the verifier throws) is not remembered either', async () => {
  const inner = new CountingVerifier();
  inner.accept('token-a');
  const verify = jest.spyOn(inner, 'verify').mockRejectedValueOnce(new Error('realm down'));
  const cache = new CachingTokenVerifier(inner);

  await expect(cache.verify('token-a')).rejects.toThrow('realm down');
  expect(await cache.verify('token-a')).not.toBeNull();
  expect(verify).toHaveBeenCalledTimes(2);
});
