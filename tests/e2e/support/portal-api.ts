// The API of an embedded portal as the demo people, for e2e setup and checks that a browser need not drive.

export interface Order {
  requestId: string;
  assignmentId: string;
}

export interface PortalApi {
  call<T>(username: string, method: string, path: string, body?: unknown): Promise<T>;
  /** A resident's drainage request at 南池子, dispatched by the catalogue to 东华门街道 as the lead. */
  dispatchedOrder(description: string): Promise<Order>;
}

/** Polls `probe` until it answers (a thrown error counts as "not yet"): the services act on events. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

export function portalApi(baseUrl: string): PortalApi {
  // One token per person: the development login is rate-limited, and polling would use it up.
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (username: string): Promise<string> => {
    if (!tokens.has(username)) {
      const token = fetch(`${baseUrl}/api/v1/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }) }).then(async (response) => {
        if (!response.ok) throw new Error(`dev login of ${username}: ${response.status} ${await response.text()}`);
        return ((await response.json()) as { access_token: string }).access_token;
      });
      tokens.set(username, token);
      token.catch(() => tokens.delete(username));
    }
    return tokens.get(username)!;
  };
  const call = async <T>(username: string, method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${await tokenOf(username)}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
  return {
    call,
    async dispatchedOrder(description) {
      const request = await call<{ id: string }>('demo-resident', 'POST', '/requests', {
        channel: 'web',
        type: 'complaint',
        categoryCode: 'drainage.blockage',
        areaCode: 'donghua.nanchizi',
        address: '南池子大街 20 号',
        description,
        residentName: '赵六',
        residentPhone: '13900000030',
        urgency: 'general',
        confidential: false,
      });
      const assignment = await eventually('the order to 东华门街道', async () => {
        const list = await call<Array<{ id: string; unitCode: string; role?: string; status: string }>>('demo-dispatcher', 'GET', `/requests/${request.id}/assignments`);
        return list.find((a) => a.unitCode === 'street-donghua' && a.role !== 'co-handler' && a.status === 'dispatched');
      });
      return { requestId: request.id, assignmentId: assignment.id };
    },
  };
}
