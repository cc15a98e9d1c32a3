import { CHINA_2026, WorkingCalendar } from '@civicloop/working-calendar';
import { ApiClient, eventually, freshTenantId, type ApiResponse, type Identity } from '../support/api/api-client';
import { agent, dispatcher, donghuaStaff, drainageRequest, jingshanStaff, operator, supervisor } from '../support/api/demo-people';
import { withClient } from '../support/stack/test-database';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { TestClock } from '../support/stack/test-clock';

jest.setTimeout(180_000);

const admin: Identity = { userId: 'admin-1', roles: ['district-admin'] };
const cityStaff: Identity = { userId: 'city-1', roles: ['unit-staff'], unitCodes: ['city-management'] };
/** The demo district's calendar: what the service counts working time on. */
const calendar = new WorkingCalendar([CHINA_2026]);

interface Assignment {
  id: string;
  unitCode: string;
  status: string;
  role: 'lead' | 'co-handler';
  leadAssignmentId: string | null;
  dispatchedAt: string;
  signForDeadline: string;
  reportDeadline: string | null;
  supervisingUnitCode: string | null;
  reason: { kind: string; ruleId?: string | null; note?: string };
  coHandlers?: Array<{ unitCode: string; signedAt: string | null; reportedAt: string | null; reportLate: boolean; late: boolean }>;
}

/**
 * The dispatch catalogue through the gateway in the distributed mode: a district admin's rules
 * with co-handlers (validated, audited, tried by a dry-run), dispatch to the lead and its
 * co-handlers (首接负责, 吹哨报到), a late co-handler seen by the lead, the fallback unit (兜底),
 * the supervising copy of a street's order, and the dispatcher's override (改派).
 */
describe('the dispatch catalogue, lead and co-handlers (distributed: five processes, PostgreSQL, JetStream)', () => {
  const clock = new TestClock();
  let stack: DistributedStack;
  let api: ApiClient;
  let other: ApiClient;

  beforeAll(async () => {
    stack = await startDistributedStack('catalogue', {}, clock.env);
    api = await openDistrict('cat');
    other = await openDistrict('oth');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function openDistrict(prefix: string): Promise<ApiClient> {
    const tenantId = freshTenantId(prefix);
    const opened = await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '目录测试区', template: 'demo' });
    expect(opened.status).toBe(201);
    return new ApiClient(stack.gateway, tenantId, agent);
  }

  /** PUT and DELETE as one person of a district (the shared client speaks GET and POST). */
  async function send<T = any>(district: ApiClient, identity: Identity, method: 'PUT' | 'DELETE', path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${await district.gateway.tokens(identity, district.tenantId)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${district.gateway.url}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, etag: response.headers.get('etag') };
  }

  const fieldsOf = (response: ApiResponse) => (response.body?.details?.problems ?? []).map((p: { field: string }) => p.field);

  async function register(district: ApiClient, overrides: Record<string, unknown>) {
    const response = await district.post('/requests', drainageRequest(overrides));
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  /** The request's live assignments (not withdrawn), once `count` of them exist. */
  function assignmentsOf(district: ApiClient, requestId: string, count: number): Promise<Assignment[]> {
    return eventually(`${count} assignment(s) of ${requestId}`, async () => {
      const list = (await district.as(dispatcher).get<Assignment[]>(`/requests/${requestId}/assignments`)).body.filter((a) => a.status !== 'withdrawn');
      return list.length >= count ? list : undefined;
    });
  }

  const NEW_RULE = { categoryCode: 'environment.garbage.overflow', areaCode: 'jingshan', leadUnitCode: 'street-jingshan', coHandlerCodes: ['city-management'], priority: 0 };
  let ruleId: string;

  it('lets a district admin add a rule with a co-handler, refusing another district’s unit, a cycle and an unknown category', async () => {
    const elsewhere = await send(other, admin, 'PUT', '/admin/units/oth-only-street', { name: '他区街道', parentCode: 'district-office', kind: 'street' });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body).toMatchObject({ created: true, code: 'oth-only-street', kind: 'street' });

    const foreign = await api.as(admin).post('/admin/catalogue/rules', { ...NEW_RULE, coHandlerCodes: ['oth-only-street'] });
    expect(foreign.status).toBe(400);
    expect(fieldsOf(foreign)).toEqual(['coHandlerCodes']);
    const foreignLead = await api.as(admin).post('/admin/catalogue/rules', { ...NEW_RULE, leadUnitCode: 'oth-only-street' });
    expect(fieldsOf(foreignLead)).toEqual(['leadUnitCode']);
    const unknownCategory = await api.as(admin).post('/admin/catalogue/rules', { ...NEW_RULE, categoryCode: 'environment.no-such' });
    expect(unknownCategory.status).toBe(400);
    expect(fieldsOf(unknownCategory)).toEqual(['categoryCode']);
    const leadTwice = await api.as(admin).post('/admin/catalogue/rules', { ...NEW_RULE, coHandlerCodes: ['street-jingshan'] });
    expect(fieldsOf(leadTwice)).toEqual(['coHandlerCodes']);
    const fractional = await api.as(admin).post('/admin/catalogue/rules', { ...NEW_RULE, priority: 0.5 });
    expect(fieldsOf(fractional)).toEqual(['priority']);
    expect((await api.as(dispatcher).post('/admin/catalogue/rules', NEW_RULE)).status).toBe(403);

    const cycle = await send(api, admin, 'PUT', '/admin/areas/jingshan', { name: '景山街道', parentCode: 'jingshan.huangcheng' });
    expect(cycle.status).toBe(400);
    expect(fieldsOf(cycle)).toEqual(['parentCode']);
    const otherDistrictParent = await send(api, admin, 'PUT', '/admin/units/grid-1', { name: '网格一', parentCode: 'oth-only-street', kind: 'community' });
    expect(fieldsOf(otherDistrictParent)).toEqual(['parentCode']);
    const unknownKind = await send(api, admin, 'PUT', '/admin/units/grid-1', { name: '网格一', parentCode: 'street-jingshan', kind: 'guild' });
    expect(fieldsOf(unknownKind)).toEqual(['kind']);

    const before = await api.as(admin).get('/admin/catalogue/rules');
    expect(before.body.some((rule: { categoryCode: string }) => rule.categoryCode === NEW_RULE.categoryCode)).toBe(false);

    const created = await api.as(admin).post('/admin/catalogue/rules', NEW_RULE);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject(NEW_RULE);
    ruleId = created.body.id;
    const listed = await api.as(dispatcher).get('/admin/catalogue/rules');
    expect(listed.body).toContainEqual({ id: ruleId, ...NEW_RULE });

    const audit = await withClient(stack.databaseUrl, async (client) =>
      (await client.query(`select actor_id, action, subject from dispatch.admin_audit where tenant_id = $1 order by at`, [api.tenantId])).rows,
    );
    // Only the accepted change is recorded; every refusal stored nothing.
    expect(audit).toEqual([{ actor_id: expect.stringContaining(admin.userId), action: 'catalogue-rule.created', subject: ruleId }]);
  });

  it('answers a dry-run with the lead, the co-handler, the supervising copy and the rule — or the fallback, or the queue and why', async () => {
    const run = (categoryCode: string, areaCode: string, who: Identity = dispatcher) =>
      api.as(who).get(`/admin/catalogue/dry-run?categoryCode=${categoryCode}&areaCode=${areaCode}`);
    const matched = await run('environment.garbage.overflow', 'jingshan.huangcheng', admin);
    expect(matched.status).toBe(200);
    expect(matched.body).toMatchObject({
      outcome: 'dispatch',
      leadUnitCode: 'street-jingshan',
      coHandlerCodes: ['city-management'],
      supervisingUnitCode: 'district-office',
      rule: { id: ruleId },
      reason: { kind: 'catalogue', ruleId },
    });
    expect((await run('noise', 'jingshan')).body).toMatchObject({ outcome: 'fallback', leadUnitCode: 'district-office', supervisingUnitCode: null, rule: null });
    const queued = (await run('housing.property', 'donghua')).body;
    expect(queued).toMatchObject({ outcome: 'queue', why: 'the catalogue names 2 units' });
    expect(queued.candidates).toHaveLength(2);
    expect(fieldsOf(await run('no.such', 'jingshan'))).toEqual(['categoryCode']);
    expect((await run('noise', 'jingshan', cityStaff)).status).toBe(403);
  });

  it('dispatches to the lead and the co-handler; the co-handler signs and reports late, and the lead and the supervisor see it late', async () => {
    const requestId = await register(api, { categoryCode: 'environment.garbage.overflow', areaCode: 'jingshan.huangcheng' });
    const assignments = await assignmentsOf(api, requestId, 2);
    const lead = assignments.find((a) => a.role === 'lead')!;
    const coHandler = assignments.find((a) => a.role === 'co-handler')!;
    expect(lead).toMatchObject({ unitCode: 'street-jingshan', supervisingUnitCode: 'district-office', reason: { kind: 'catalogue', ruleId } });
    expect(coHandler).toMatchObject({ unitCode: 'city-management', leadAssignmentId: lead.id, status: 'dispatched' });
    expect(coHandler.reportDeadline).not.toBeNull();
    // The request follows its lead: a co-handler's order does not move it.
    const request = await eventually('the request to be dispatched', async () => {
      const body = (await api.get(`/requests/${requestId}`)).body;
      return body.status === 'dispatched' ? body : undefined;
    });
    expect(request.currentUnitCode).toBe('street-jingshan');

    const city = api.as(cityStaff);
    // The co-handler reads the request it helps with, as every unit given an order on it does.
    const seenByCoHandler = await eventually('the co-handler to see the request', async () => {
      const response = await city.get(`/requests/${requestId}`);
      return response.status === 200 ? response.body : undefined;
    });
    expect(seenByCoHandler.currentUnitCode).toBe('street-jingshan');
    const unsigned = await city.post(`/assignments/${coHandler.id}/report-to-lead`, { text: '已到场' });
    expect(unsigned.status).toBe(409);
    expect(unsigned.body.details).toMatchObject({ state: 'dispatched', allowed: ['sign'] });
    expect((await city.post(`/assignments/${coHandler.id}/sign`)).status).toBe(200);
    expect((await api.as(jingshanStaff).post(`/assignments/${coHandler.id}/report-to-lead`, { text: '不是我们' })).status).toBe(404);
    expect((await api.as(jingshanStaff).post(`/assignments/${lead.id}/report-to-lead`, { text: '牵头单位' })).status).toBe(409);

    clock.jumpTo(new Date(new Date(coHandler.reportDeadline!).getTime() + 60_000));
    const reported = await city.post(`/assignments/${coHandler.id}/report-to-lead`, { text: '已清运满溢垃圾，增加清运频次。' });
    expect(reported.status).toBe(200);
    expect(reported.body.reportedAt).not.toBeNull();
    expect((await city.post(`/assignments/${coHandler.id}/report-to-lead`, { text: '再报一次' })).status).toBe(409);

    for (const reader of [jingshanStaff, supervisor]) {
      const view = await api.as(reader).get<Assignment>(`/assignments/${lead.id}`);
      expect(view.status).toBe(200);
      expect(view.body.coHandlers).toEqual([
        expect.objectContaining({ unitCode: 'city-management', reportLate: true, late: true, signedAt: expect.any(String), reportedAt: expect.any(String) }),
      ]);
    }
    const history = await eventually('the report in the request’s history', async () => {
      const events = (await api.get(`/requests/${requestId}/history`)).body as Array<{ type: string; data: { onTime?: boolean } }>;
      return events.find((event) => event.type === 'assignment.co-handler-reported');
    });
    expect(history.data.onTime).toBe(false);
  });

  it('sends a request no rule covers to the district government’s fallback unit (兜底)', async () => {
    const requestId = await register(api, { categoryCode: 'noise', areaCode: 'jingshan.huangcheng' });
    const [assignment] = await assignmentsOf(api, requestId, 1);
    expect(assignment).toMatchObject({ unitCode: 'district-office', role: 'lead', reason: { kind: 'fallback' }, supervisingUnitCode: null });
  });

  it('copies the district on an order dispatched to a street', async () => {
    const requestId = await register(api, {});
    const [assignment] = await assignmentsOf(api, requestId, 1);
    const view = await api.as(donghuaStaff).get<Assignment>(`/assignments/${assignment.id}`);
    expect(view.body).toMatchObject({ unitCode: 'street-donghua', supervisingUnitCode: 'district-office', coHandlers: [] });
  });

  it('lets a dispatcher move an unsigned order to another unit with a reason, and refuses once it is signed', async () => {
    const requestId = await register(api, {});
    const [first] = await assignmentsOf(api, requestId, 1);
    expect(first.reason.kind).toBe('catalogue');
    expect((await api.post(`/requests/${requestId}/redispatch`, { unitCode: 'street-jingshan', reason: '属景山辖区' })).status).toBe(403);
    const unknownUnit = await api.as(dispatcher).post(`/requests/${requestId}/redispatch`, { unitCode: 'oth-only-street', reason: '试试' });
    expect(fieldsOf(unknownUnit)).toEqual(['unitCode']);

    const moved = await api.as(dispatcher).post(`/requests/${requestId}/redispatch`, { unitCode: 'street-jingshan', reason: '现场核实属景山街道辖区' });
    expect(moved.status).toBe(201);
    expect(moved.body).toMatchObject({ unitCode: 'street-jingshan', reason: { kind: 'override', note: '现场核实属景山街道辖区', ruleId: first.reason.ruleId } });
    const all = (await api.as(dispatcher).get<Assignment[]>(`/requests/${requestId}/assignments`)).body;
    expect(all.find((a) => a.id === first.id)?.status).toBe('withdrawn');
    expect((await api.as(donghuaStaff).post(`/assignments/${first.id}/sign`)).status).toBe(409);

    expect((await api.as(jingshanStaff).post(`/assignments/${moved.body.id}/sign`)).status).toBe(200);
    const late = await api.as(dispatcher).post(`/requests/${requestId}/redispatch`, { unitCode: 'street-donghua', reason: '再改回去' });
    expect(late.status).toBe(409);
    expect(late.body.details).toMatchObject({ state: 'signed', allowed: expect.arrayContaining(['reply']) });
    await eventually('the request to follow the new unit’s signature', async () => ((await api.get(`/requests/${requestId}`)).body.status === 'signed' ? true : undefined));
  });

  it('lets a dispatcher send a queued request with an override reason naming the rule it set aside', async () => {
    const requestId = await register(api, { categoryCode: 'housing.property' });
    await eventually('the request to be queued', async () => ((await api.get(`/requests/${requestId}`)).body.status === 'queued' ? true : undefined));
    const sent = await api.as(dispatcher).post(`/requests/${requestId}/redispatch`, { unitCode: 'housing-bureau', reason: '物业纠纷由住建委牵头' });
    expect(sent.status).toBe(201);
    expect(sent.body.reason).toEqual({ kind: 'override', note: '物业纠纷由住建委牵头', ruleId: expect.any(String) });
  });

  it('keeps the district’s rule book: validated settings, deadlines per category on the working calendar', async () => {
    const settings = await openDistrict('set');
    const wrong = await send(settings, admin, 'PUT', '/admin/district-settings', { settings: { reminderFraction: 1.5, managerApprovesObjections: 'yes' } });
    expect(wrong.status).toBe(400);
    expect(fieldsOf(wrong)).toEqual(['settings.reminderFraction', 'settings.managerApprovesObjections']);
    const unknownCategory = await send(settings, admin, 'PUT', '/admin/district-settings', {
      settings: { deadlinePolicy: { byCategory: { 'no.such': { signForWorkingMinutes: { general: 60 } } } } },
    });
    expect(fieldsOf(unknownCategory)).toEqual(['settings.deadlinePolicy.byCategory.no.such']);
    expect((await send(settings, dispatcher, 'PUT', '/admin/district-settings', { settings: { reminderFraction: 0.5 } })).status).toBe(403);

    const changed = await send(settings, admin, 'PUT', '/admin/district-settings', {
      settings: { coHandlerReportWorkingMinutes: 120, deadlinePolicy: { byCategory: { environment: { signForWorkingMinutes: { general: 60 } } } } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.effective).toMatchObject({ coHandlerReportWorkingMinutes: 120, reminderFraction: 0.75 });
    expect(changed.body.effective.deadlinePolicy.signForWorkingMinutes.general).toBe(1440);
    expect((await settings.as(supervisor).get('/admin/district-settings')).body.overrides).toEqual(changed.body.overrides);

    // Garbage overflow inherits the environment category's one working hour to sign for.
    const requestId = await register(settings, { categoryCode: 'environment.garbage.overflow', areaCode: 'jingshan' });
    const [assignment] = await assignmentsOf(settings, requestId, 1);
    expect(assignment.unitCode).toBe('city-management');
    expect(assignment.signForDeadline).toBe(calendar.addWorkingTime(new Date(assignment.dispatchedAt), 60).toISOString());
  });
});
