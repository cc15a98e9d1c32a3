import { inspect } from 'node:util';
import { CachingTokenVerifier } from './caching-token-verifier';
import { CountingVerifier } from './caching-token-verifier.fixture';

it('keeps a digest of each token, never the token itself (it carries names)', async () => {
  const token = 'eyJhbGciOiJSUzI1NiJ9.eyJuYW1lIjoi5byg5LiJIn0.c2lnbmF0dXJl';
  const inner = new CountingVerifier();
  inner.accept(token, { sub: 'user-1' });
  const cache = new CachingTokenVerifier(inner);
  await cache.verify(token);

  const held = inspect((cache as unknown as { verified: Map<string, unknown> }).verified, { depth: 10, maxStringLength: Infinity });
  expect(held).toContain('user-1');
  for (const part of token.split('.')) expect(held).not.toContain(part);
});
