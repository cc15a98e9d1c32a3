import { hotStatementName } from './preparing-client';

describe('which statements are prepared', () => {
  it('prepares a parameterised text from its second use on, under a name of its own', () => {
    const text = `select 1 where $1::text = 'first-${Math.random()}'`;
    expect(hotStatementName(text)).toBeNull();
    const name = hotStatementName(text);
    expect(name).toMatch(/^civic_[0-9a-f]{24}$/);
    expect(hotStatementName(text)).toBe(name);
  });

  it('gives different texts different names', () => {
    const [a, b] = [`select $1::int + ${Math.random()}`, `select $1::int - ${Math.random()}`];
    [a, a, b, b].forEach((text) => hotStatementName(text));
    expect(hotStatementName(a)).not.toBe(hotStatementName(b));
  });
});
