import { ApiClient, type ApiResponse, type Identity } from '../../support/api/api-client';
import type { GatewayTarget } from '../../support/api/test-tokens';
import { NOT_YET, sleep } from '../bench/workers';


interface AssignmentRow {
  id: string;
  unitCode: string;
  attempt: number;
  status: string;
  role?: string;
  dispatchedAt: string;
  feedbackDeadline: string;
}

/** The district's people in the replay: the agent, the dispatcher, and staff of whichever unit an order reaches. */
export class ReplayPeople {
  readonly agent: ApiClient;
  readonly dispatcher: ApiClient;
  readonly supervisor: ApiClient;
  private readonly staff = new Map<string, ApiClient>();
  retries = 0;

  constructor(
    private readonly gateway: GatewayTarget,
    readonly tenantId: string,
  ) {
    const person = (identity: Identity) => new ApiClient(gateway, tenantId, identity);
    this.agent = person({ userId: 'replay-agent', roles: ['agent'] });
    this.dispatcher = person({ userId: 'replay-dispatcher', roles: ['dispatcher'] });
    this.supervisor = person({ userId: 'replay-supervisor', roles: ['supervisor'] });
  }

  staffOf(unitCode: string): ApiClient {
    return this.staff.get(unitCode) ?? this.staff.set(unitCode, new ApiClient(this.gateway, this.tenantId, { userId: `replay-${unitCode}`, roles: ['unit-staff'], unitCodes: [unitCode] })).get(unitCode)!;
  }

  /** Sends a step until it is accepted, while the answer says the system has not caught up yet (real time, a few seconds). */
  async step(what: string, call: () => Promise<ApiResponse>, accepted: number[] = [200, 201]): Promise<ApiResponse> {
    for (let wait = 20, tries = 0; ; wait = Math.min(1_000, wait * 2), tries += 1) {
      const response = await call();
      if (accepted.includes(response.status)) return response;
      if (!NOT_YET.has(response.status) || tries > 12) throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
      this.retries += 1;
      await sleep(wait);
    }
  }

  /** The request's lead assignment now (the latest try, not withdrawn), once dispatch has made it. */
  async currentAssignment(requestId: string, attempt: number, unitCode?: string): Promise<AssignmentRow> {
    let found: AssignmentRow | undefined;
    await this.step(`assignment of ${requestId}`, async () => {
      const response = await this.dispatcher.get(`/requests/${requestId}/assignments`);
      const rows = (response.status === 200 ? (response.body as AssignmentRow[]) : []).filter(
        (row) => row.status !== 'withdrawn' && (row.role ?? 'lead') === 'lead' && row.attempt >= attempt && (!unitCode || row.unitCode === unitCode),
      );
      found = rows.sort((a, b) => b.attempt - a.attempt || b.dispatchedAt.localeCompare(a.dispatchedAt))[0];
      return found ? response : { ...response, status: 404 };
    });
    return found!;
  }
}
