import { deputyLinkToken } from './deputy-link-path';

describe("a deputy's public link", () => {
  it('names the deputy by the token in the path, with or without /write', () => {
    expect(deputyLinkToken('/deputies/abc123/write')).toBe('abc123');
    expect(deputyLinkToken('/deputies/abc123')).toBe('abc123');
  });

  it('is no link for other paths under /deputies', () => {
    expect(deputyLinkToken('/deputies/')).toBeNull();
    expect(deputyLinkToken('/deputies/abc/messages/1')).toBeNull();
  });
});
