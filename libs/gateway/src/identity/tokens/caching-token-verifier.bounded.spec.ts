import { CachingTokenVerifier } from './caching-token-verifier';
import { CountingVerifier } from './caching-token-verifier.fixture';

it('holds at most maxEntries tokens and drops the least recently used first', async () => {
  const inner = new CountingVerifier();
  for (const token of ['a', 'b', 'c', 'd']) inner.accept(token);
  const cache = new CachingTokenVerifier(inner, { maxEntries: 3 });

  for (const token of ['a', 'b', 'c']) await cache.verify(token);
  await cache.verify('a'); // a is now used more recently than b
  await cache.verify('d'); // so b is the one dropped
  expect(cache.size).toBe(3);
  expect(inner.calls).toBe(4);

  for (const token of ['a', 'c', 'd']) await cache.verify(token);
  expect(inner.calls).toBe(4);
  await cache.verify('b');
  expect(inner.calls).toBe(5);
  expect(cache.size).toBe(3);
});

it('holds 10,000 tokens by default', async () => {
  const inner = new CountingVerifier();
  const cache = new CachingTokenVerifier(inner);
  for (let i = 0; i <= 10_000; i += 1) inner.accept(`token-${i}`);
  for (let i = 0; i <= 10_000; i += 1) await cache.verify(`token-${i}`);
  expect(cache.size).toBe(10_000);
});
