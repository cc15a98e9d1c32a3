import { ApiClient, freshTenantId, type Identity } from '../../support/api/api-client';
import { operator, supervisor } from '../../support/api/demo-people';
import type { GatewayTarget } from '../../support/api/test-tokens';

/** How many agents (and unit staff) share the load, as a call centre would: each has the gateway's per-user limit. */
const PEOPLE = 32;

/** A fresh demo district (the catalogue auto-dispatches drainage.blockage to street-donghua) and its people. */
export interface BenchDistrict {
  tenantId: string;
  agents: ApiClient[];
  /** Staff of street-donghua, where the demo catalogue sends drainage.blockage in donghua.nanchizi. */
  unitStaff: ApiClient[];
  supervisor: ApiClient;
}

export async function openDistrict(gateway: GatewayTarget, prefix: string): Promise<BenchDistrict> {
  const tenantId = freshTenantId(prefix);
  const opened = await new ApiClient(gateway, tenantId, operator).post('/districts', { tenantId, name: '压测区', template: 'demo' });
  if (opened.status !== 201) throw new Error(`opening district ${tenantId} answered ${opened.status}: ${JSON.stringify(opened.body)}`);
  const team = (identity: (i: number) => Identity) => Array.from({ length: PEOPLE }, (_, i) => new ApiClient(gateway, tenantId, identity(i)));
  return {
    tenantId,
    agents: team((i) => ({ userId: `bench-agent-${i}`, roles: ['agent'] })),
    unitStaff: team((i) => ({ userId: `bench-donghua-${i}`, roles: ['unit-staff'], unitCodes: ['street-donghua'] })),
    supervisor: new ApiClient(gateway, tenantId, supervisor),
  };
}

/** The i-th person of a team, round robin. */
export const pick = <T>(team: T[], i: number): T => team[i % team.length];
