import { MAX_TOKEN_LENGTH, readJwtHeader } from './jwt-header';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('readJwtHeader', () => {
  it('reads alg, kid and typ of a compact JWS', () => {
    expect(readJwtHeader(`${part({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${part({ sub: 'x' })}.c2ln`)).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'k1' });
  });

  it('refuses anything but three non-empty base64url parts', () => {
    const header = part({ alg: 'RS256', kid: 'k1' });
    for (const token of ['', 'abc', `${header}.e30`, `${header}.e30.`, `${header}..c2ln`, `${header}.e30.c2ln.c2ln`, `${header}.e3+0.c2ln`, `${header}.e30.c2ln=`, ` ${header}.e30.c2ln`]) {
      expect(readJwtHeader(token)).toBeNull();
    }
  });

  it('refuses a header that is not a JSON object with a string alg', () => {
    for (const header of [part('RS256'), part([1]), part({ kid: 'k1' }), part({ alg: 256 }), part({ alg: 'RS256', kid: 7 }), Buffer.from('{not json').toString('base64url')]) {
      expect(readJwtHeader(`${header}.e30.c2ln`)).toBeNull();
    }
  });

  it('refuses tokens longer than any Keycloak issues', () => {
    const header = part({ alg: 'RS256', kid: 'k1' });
    expect(readJwtHeader(`${header}.${'a'.repeat(MAX_TOKEN_LENGTH)}.c2ln`)).toBeNull();
  });
});
