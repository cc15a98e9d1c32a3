export interface HeaderSink {
  setHeader(name: string, value: string): void;
}

/** The aggregate version as a strong ETag; clients send it back as If-Match. */
export function withETag<T extends { version: number }>(response: HeaderSink, body: T): T {
  response.setHeader('ETag', `"${body.version}"`);
  return body;
}
