import { randomUUID } from 'node:crypto';
import type { GatewayTarget } from './test-tokens';

export interface Identity {
  userId: string;
  roles: string[];
  unitCodes?: string[];
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  etag: string | null;
}

/** A small HTTP client for the gateway, acting as one user of one district, with a bearer token. */
export class ApiClient {
  constructor(
    readonly gateway: GatewayTarget,
    readonly tenantId: string,
    private readonly identity: Identity,
  ) {}

  as(identity: Identity, tenantId = this.tenantId): ApiClient {
    return new ApiClient(this.gateway, tenantId, identity);
  }

  get<T = any>(path: string): Promise<ApiResponse<T>> {
    return this.call<T>('GET', path);
  }

  /** A response that is not JSON (e.g. a photo): its status, type and bytes. */
  async getBytes(path: string): Promise<{ status: number; contentType: string | null; bytes: Buffer }> {
    const response = await fetch(`${this.gateway.url}/api/v1${path}`, { headers: { authorization: `Bearer ${await this.gateway.tokens(this.identity, this.tenantId)}` } });
    return { status: response.status, contentType: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
  }

  post<T = any>(path: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    return this.call<T>('POST', path, body, headers);
  }

  private async call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${await this.gateway.tokens(this.identity, this.tenantId)}`, ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.gateway.url}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, etag: response.headers.get('etag') };
  }
}

export function freshTenantId(prefix = 't'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Polls until `check` returns a value (not undefined), or fails after the timeout with the last value seen. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
