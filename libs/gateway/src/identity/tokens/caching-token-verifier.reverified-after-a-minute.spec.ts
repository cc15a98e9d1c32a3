import { CachingTokenVerifier } from './caching-token-verifier';
import { CountingVerifier, manualClock } from './caching-token-verifier.fixture';

it('a token is verified again 60 s after its last verification, so a withdrawn key stops working within a minute', async () => {
  const clock = manualClock();
  const inner = new CountingVerifier();
  inner.accept('token-a', { exp: Math.floor(clock.now() / 1000) + 3600 });
  const cache = new CachingTokenVerifier(inner, { now: clock.now });
  await cache.verify('token-a');

  clock.advance(59_999);
  expect(await cache.verify('token-a')).not.toBeNull();
  expect(inner.calls).toBe(1);

  inner.refuse('token-a'); // e.g. its signing key was withdrawn from the realm
  clock.advance(1);
  expect(await cache.verify('token-a')).toBeNull();
  expect(inner.calls).toBe(2);
});
