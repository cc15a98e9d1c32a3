import type { GatewayTarget } from '../api/test-tokens';
import type { Identity } from '../api/api-client';

export interface RawResponse {
  status: number;
  /** Parsed JSON when the answer is JSON, else null. */
  body: any;
  contentType: string | null;
}

export interface RawRequest {
  method: string;
  /** Under /api/v1. */
  path: string;
  /** Sent as given when a string (malformed JSON, a form, XML…); anything else goes as JSON. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

/** One call to the gateway exactly as described: malformed bodies, odd types and all. */
export async function rawCall(gateway: GatewayTarget, tenantId: string, identity: Identity, request: RawRequest): Promise<RawResponse> {
  const headers: Record<string, string> = { authorization: `Bearer ${await gateway.tokens(identity, tenantId)}`, ...request.headers };
  const body = typeof request.body === 'string' || request.body === undefined ? request.body : JSON.stringify(request.body);
  if (body !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
  const response = await fetch(`${gateway.url}/api/v1${request.path}`, { method: request.method, headers, body });
  const contentType = response.headers.get('content-type');
  const text = await response.text();
  return { status: response.status, body: contentType?.includes('json') && text ? JSON.parse(text) : null, contentType };
}
