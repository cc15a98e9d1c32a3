/** The token of /deputies/<token>/write (the deputy's public link or QR code); null for any other path. */
export function deputyLinkToken(path: string): string | null {
  return /^\/deputies\/([^/]+)(?:\/write)?\/?$/.exec(path)?.[1] ?? null;
}
