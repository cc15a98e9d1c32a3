import { localMonth } from '@civicloop/clock';
import { ApiClient, eventually, freshTenantId, type Identity } from './api-client';
import type { GatewayTarget } from './test-tokens';
import { agent, dispatcher, donghuaStaff, drainageRequest, housingStaff, jingshanStaff, operator, otherResident, resident, supervisor } from './demo-people';

/** A request's history once it went round the loop once: registered to closed, solved at the first callback. */
export const CLOSED_LOOP_HISTORY = ['request.registered', 'assignment.created', 'assignment.signed', 'reply.recorded', 'callback.due', 'callback.recorded', 'request.closed'];

/**
 * The whole request loop through the gateway, the same in the embedded and the distributed mode:
 * register → dispatched → signed → replied → callback → counted in the three rates.
 */
export function describeClosedLoop(gateway: () => GatewayTarget): void {
  let api: ApiClient;

  beforeAll(async () => {
    const tenantId = freshTenantId();
    const opened = await new ApiClient(gateway(), tenantId, operator).post('/districts', { tenantId, name: '测试区', template: 'demo' });
    expect(opened.status).toBe(201);
    api = new ApiClient(gateway(), tenantId, agent);
  });

  async function register(overrides: Record<string, unknown> = {}) {
    const response = await api.post('/requests', drainageRequest(overrides));
    expect(response.status).toBe(201);
    return response.body as { id: string; orderNo: string };
  }

  function statusOf(id: string, wanted: string) {
    return eventually(`request ${id} to be ${wanted}`, async () => {
      const response = await api.get(`/requests/${id}`);
      return response.body?.status === wanted ? response.body : undefined;
    });
  }

  async function assignmentOf(id: string, attempt = 1) {
    const request = await statusOf(id, 'dispatched');
    const list = await api.as(dispatcher).get(`/requests/${id}/assignments`);
    const assignment = list.body.find((a: { attempt: number; status: string }) => a.attempt === attempt && a.status !== 'withdrawn');
    return { request, assignment };
  }

  async function feedbackStatus(id: string, wanted: string) {
    return eventually(`feedback of ${id} to be ${wanted}`, async () => {
      const response = await api.get(`/requests/${id}/feedback`);
      return response.body?.status === wanted ? response : undefined;
    });
  }

  it('takes a request from registration to closed, and counts it in the three rates', async () => {
    const month = localMonth(new Date());
    const before = await api.as(supervisor).get(`/reports/unit-rates?month=${month}`);
    expect(before.status).toBe(200);
    const { id, orderNo } = await register();
    expect(orderNo).toMatch(/^\d{4}-\d{6}$/);

    const { request, assignment } = await assignmentOf(id);
    expect(request.currentUnitCode).toBe('street-donghua');
    expect(assignment.reason.kind).toBe('catalogue');
    expect(new Date(assignment.signForDeadline).getTime()).toBeGreaterThan(new Date(assignment.dispatchedAt).getTime());

    const unit = api.as(donghuaStaff);
    await feedbackStatus(id, 'dispatched');
    const tooEarly = await unit.post(`/assignments/${assignment.id}/reply`, { outcome: 'solved', text: '已处理' });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.details.allowed).toEqual(expect.arrayContaining(['sign']));

    const signed = await unit.post(`/assignments/${assignment.id}/sign`);
    expect(signed.status).toBe(200);
    expect(signed.body.status).toBe('signed');
    const twice = await unit.post(`/assignments/${assignment.id}/sign`);
    expect(twice.status).toBe(409);

    await feedbackStatus(id, 'signed');
    const replied = await unit.post(`/assignments/${assignment.id}/reply`, { outcome: 'solved', text: '已联系居民并疏通下水道。' });
    expect(replied.status).toBe(201);

    const { etag } = await feedbackStatus(id, 'replied');
    const callback = await api.post(`/requests/${id}/callbacks`, { reached: true, solved: true, satisfaction: 'satisfied' }, { 'if-match': etag! });
    expect(callback.status).toBe(201);
    await statusOf(id, 'closed');

    const history = await api.get(`/requests/${id}/history`);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(CLOSED_LOOP_HISTORY);
    expect(history.body[2].actor.userId).toContain(donghuaStaff.userId);

    const row = await eventually('the rates to count the closed request', async () => {
      const report = await api.as(supervisor).get(`/reports/unit-rates?month=${month}`);
      const street = report.body.units.find((u: { unitCode: string }) => u.unitCode === 'street-donghua');
      return street?.validCallbacks >= 1 ? street : undefined;
    });
    expect(row).toMatchObject({ dispatched: 1, signedOnTime: 1, validCallbacks: 1, solved: 1, satisfied: 1, responseRate: 1, resolutionRate: 1, satisfactionRate: 1 });
  });

  it('reopens a request the resident says is not solved, and dispatches it again as the second attempt', async () => {
    const { id } = await register();
    const { assignment } = await assignmentOf(id);
    const unit = api.as(donghuaStaff);
    await feedbackStatus(id, 'dispatched');
    expect((await unit.post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
    await feedbackStatus(id, 'signed');
    expect((await unit.post(`/assignments/${assignment.id}/reply`, { outcome: 'explained', text: '需协调物业' })).status).toBe(201);
    await feedbackStatus(id, 'replied');
    const unsolved = await api.post(`/requests/${id}/callbacks`, { reached: true, solved: false, satisfaction: 'not-satisfied' });
    expect(unsolved.status).toBe(201);
    const second = await eventually('the second attempt to be dispatched', async () => {
      const request = (await api.get(`/requests/${id}`)).body;
      return request.status === 'dispatched' && request.attempt === 2 ? request : undefined;
    });
    expect(second.currentUnitCode).toBe('street-donghua');
  });

  it('lets the resident who raised a request rate it in the portal, counted as a valid callback; nobody else’s', async () => {
    const month = localMonth(new Date());
    // A resident of their own, so the other scenarios' lists of the demo residents stay as they expect.
    const rater: Identity = { userId: 'resident-rater', roles: ['resident'] };
    const raised = await api.as(rater).post('/requests', drainageRequest({ channel: 'app', address: '南池子大街 40 号' }));
    expect(raised.status).toBe(201);
    const id = raised.body.id as string;
    const { assignment } = await assignmentOf(id);
    const unit = api.as(donghuaStaff);
    await feedbackStatus(id, 'dispatched');
    expect((await unit.post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
    await feedbackStatus(id, 'signed');
    const before = await api.as(supervisor).get(`/reports/unit-rates?month=${month}`);
    const validBefore = before.body.units.find((u: { unitCode: string }) => u.unitCode === 'street-donghua')?.validCallbacks ?? 0;
    expect((await unit.post(`/assignments/${assignment.id}/reply`, { outcome: 'solved', text: '已疏通。' })).status).toBe(201);
    await feedbackStatus(id, 'replied');

    const rating = { reached: true, solved: true, satisfaction: 'basically-satisfied' };
    expect((await api.as(otherResident).post(`/requests/${id}/callbacks`, rating)).status).toBe(404);
    expect((await api.as(rater).post(`/requests/${id}/callbacks`, { reached: false })).status).toBe(400);
    expect((await api.as(donghuaStaff).post(`/requests/${id}/callbacks`, rating)).status).toBe(403);
    const rated = await api.as(rater).post(`/requests/${id}/callbacks`, rating);
    expect(rated.status).toBe(201);
    await statusOf(id, 'closed');
    await eventually('the rating to count as a valid callback', async () => {
      const report = await api.as(supervisor).get(`/reports/unit-rates?month=${month}`);
      const street = report.body.units.find((u: { unitCode: string }) => u.unitCode === 'street-donghua');
      return street?.validCallbacks === validBefore + 1 ? street : undefined;
    });
  });

  it('keeps photos of a request for whoever sees it, refusing what is not a small image', async () => {
    const photographer: Identity = { userId: 'resident-photographer', roles: ['resident'] };
    const raised = await api.as(photographer).post('/requests', drainageRequest({ channel: 'app', address: '南池子大街 50 号' }));
    const id = raised.body.id as string;
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const photo = { fileName: '积水.png', contentType: 'image/png', dataBase64: png.toString('base64') };
    expect((await api.as(photographer).post(`/requests/${id}/attachments`, { ...photo, contentType: 'image/jpeg' })).status).toBe(400);
    expect((await api.as(photographer).post(`/requests/${id}/attachments`, { ...photo, contentType: 'text/html' })).status).toBe(400);
    expect((await api.as(otherResident).post(`/requests/${id}/attachments`, photo)).status).toBe(404);
    const added = await api.as(photographer).post(`/requests/${id}/attachments`, photo);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ fileName: '积水.png', contentType: 'image/png', size: png.length });
    // Up to 512 kB of image fits through the gateway and the broker; more is refused, naming the limit.
    const large = Buffer.concat([png, Buffer.alloc(512 * 1024 - png.length)]);
    expect((await api.as(photographer).post(`/requests/${id}/attachments`, { ...photo, dataBase64: large.toString('base64') })).status).toBe(201);
    const tooLarge = await api.as(photographer).post(`/requests/${id}/attachments`, { ...photo, dataBase64: Buffer.concat([large, png]).toString('base64') });
    expect(tooLarge.status).toBe(400);
    expect(JSON.stringify(tooLarge.body)).toContain('512 kB');

    const image = await api.as(photographer).getBytes(`/requests/${id}/attachments/${added.body.id}`);
    expect(image).toMatchObject({ status: 200, contentType: 'image/png' });
    expect(image.bytes.equals(png)).toBe(true);
    expect((await api.as(otherResident).getBytes(`/requests/${id}/attachments/${added.body.id}`)).status).toBe(404);
    // The unit the request went to sees it too, and the history records it (without the image).
    await assignmentOf(id);
    const seen = await eventually('the unit to see the photo', async () => {
      const view = await api.as(donghuaStaff).get(`/requests/${id}`);
      return view.status === 200 && view.body.attachments.length === 2 ? view.body : undefined;
    });
    expect(seen.attachments[0]).toMatchObject({ id: added.body.id, contentType: 'image/png' });
    const history = (await api.get(`/requests/${id}/history`)).body as Array<{ type: string; data: Record<string, unknown> }>;
    const step = history.find((entry) => entry.type === 'request.attachment-added');
    expect(step?.data).toMatchObject({ attachmentId: added.body.id });
    expect(step?.data).not.toHaveProperty('dataBase64');
  });

  it('queues a request the catalogue cannot settle, and a dispatcher sends it to a unit', async () => {
    const { id } = await register({ categoryCode: 'housing.property' });
    await statusOf(id, 'queued');
    const queue = await api.as(dispatcher).get('/dispatch/queue');
    expect(queue.status).toBe(200);
    const waiting = queue.body.find((item: { requestId: string }) => item.requestId === id);
    // Two units share property disputes in the demo catalogue: the dispatcher decides, with a suggestion.
    expect(['housing-bureau', 'street-donghua']).toContain(waiting.suggestedUnitCode);
    expect(waiting.reason).toContain('2 units');
    expect((await api.as(housingStaff).post(`/requests/${id}/dispatch`, { unitCode: 'housing-bureau', note: 'x' })).status).toBe(403);
    const leadTwice = await api.as(dispatcher).post(`/requests/${id}/dispatch`, { unitCode: 'housing-bureau', note: 'x', coHandlerCodes: ['housing-bureau'] });
    expect(leadTwice.status).toBe(400);
    expect(leadTwice.body.details.problems[0].field).toBe('coHandlerCodes');
    // The dispatcher names the lead and a co-handler that reports to it (吹哨报到).
    const dispatched = await api.as(dispatcher).post(`/requests/${id}/dispatch`, { unitCode: 'housing-bureau', note: '物业纠纷由住建委牵头', coHandlerCodes: ['street-donghua'] });
    expect(dispatched.status).toBe(201);
    expect(dispatched.body.reason).toEqual({ kind: 'manual', note: '物业纠纷由住建委牵头' });
    await statusOf(id, 'dispatched');
    const orders = (await api.as(dispatcher).get(`/requests/${id}/assignments`)).body as Array<{ unitCode: string; role: string; leadAssignmentId: string | null }>;
    expect(orders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitCode: 'housing-bureau', role: 'lead' }),
        expect.objectContaining({ unitCode: 'street-donghua', role: 'co-handler', leadAssignmentId: dispatched.body.id }),
      ]),
    );
  });

  it('moves an order to another unit when a dispatcher upholds the unit’s objection', async () => {
    const { id } = await register();
    const { assignment } = await assignmentOf(id);
    const objected = await api.as(donghuaStaff).post(`/assignments/${assignment.id}/objection`, { reason: '该地址属于景山街道辖区' });
    expect(objected.status).toBe(200);
    await statusOf(id, 'objected');
    const review = await api.as(dispatcher).post(`/assignments/${assignment.id}/objection/review`, { decision: 'uphold', unitCode: 'street-jingshan', note: '核实属实' });
    expect(review.status).toBe(200);
    expect(review.body.reassigned.unitCode).toBe('street-jingshan');
    const request = await statusOf(id, 'dispatched');
    expect(request.currentUnitCode).toBe('street-jingshan');
    expect((await api.as(donghuaStaff).get(`/assignments/${review.body.reassigned.id}`)).status).toBe(404);
    expect((await api.as(jingshanStaff).post(`/assignments/${review.body.reassigned.id}/sign`)).status).toBe(200);
  });

  it('refuses bad input with the field and the reason, and registers nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ residentPhone: '12345' }, 'residentPhone'],
      [{ type: 'rant' }, 'type'],
      [{ categoryCode: 'no.such.category' }, 'categoryCode'],
      [{ areaCode: 'atlantis' }, 'areaCode'],
      [{ description: undefined }, 'description'],
    ];
    for (const [overrides, field] of cases) {
      const response = await api.post('/requests', drainageRequest(overrides));
      expect(response.status).toBe(400);
      expect(response.body.details.problems.map((p: { field: string }) => p.field)).toContain(field);
    }
    const queue = await api.as(dispatcher).get('/dispatch/queue');
    expect(queue.body.filter((item: { categoryCode: string }) => item.categoryCode === 'no.such.category')).toEqual([]);
  });

  it('answers a retried registration with the first answer, and refuses the key with another body', async () => {
    const key = `retry-${Date.now()}`;
    const first = await api.post('/requests', drainageRequest(), { 'idempotency-key': key });
    const again = await api.post('/requests', drainageRequest(), { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await api.post('/requests', drainageRequest({ address: '别处' }), { 'idempotency-key': key });
    expect(other.status).toBe(422);
  });

  it('refuses a stale version, and hides other districts’ requests as not found', async () => {
    const { id } = await register();
    const { assignment } = await assignmentOf(id);
    const stale = await api.as(donghuaStaff).post(`/assignments/${assignment.id}/sign`, {}, { 'if-match': '"99"' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale-version');
    const stranger = api.as(agent, freshTenantId('other'));
    expect((await stranger.get(`/requests/${id}`)).status).toBe(404);
    expect((await stranger.get(`/assignments/${assignment.id}`)).status).toBe(404);
  });

  it('masks the resident for the unit and shows them to the agent', async () => {
    const { id } = await register();
    await statusOf(id, 'dispatched');
    expect((await api.get(`/requests/${id}`)).body.resident).toMatchObject({ name: '张三', phone: '13800138000' });
    expect((await api.as(donghuaStaff).get(`/requests/${id}`)).body.resident).toMatchObject({ name: '张*', phone: '138****8000' });
  });

  it('hides a request from units it was never assigned to, as not found', async () => {
    const { id } = await register();
    await statusOf(id, 'dispatched');
    expect((await api.as(jingshanStaff).get(`/requests/${id}`)).status).toBe(404);
    expect((await api.as(jingshanStaff).get(`/requests/${id}/history`)).status).toBe(404);
    expect((await api.as(donghuaStaff).get(`/requests/${id}/history`)).status).toBe(200);
  });

  it('lists to a unit only the requests of its units, newest first', async () => {
    const drainage = await register();
    const signal = await register({ categoryCode: 'traffic.signal' });
    await statusOf(drainage.id, 'dispatched');
    await statusOf(signal.id, 'dispatched');
    const ids = (list: { body: Array<{ id: string }> }) => list.body.map((request) => request.id);
    const donghua = await api.as(donghuaStaff).get('/requests?limit=200');
    expect(donghua.status).toBe(200);
    expect(ids(donghua)).toContain(drainage.id);
    expect(ids(donghua)).not.toContain(signal.id);
    expect(donghua.body.every((request: { resident: { masked: boolean } }) => request.resident.masked)).toBe(true);
    expect(ids(await api.as(jingshanStaff).get('/requests?limit=200'))).not.toContain(drainage.id);
    const all = await api.as(dispatcher).get('/requests?limit=200');
    expect(ids(all).indexOf(signal.id)).toBeLessThan(ids(all).indexOf(drainage.id));
    expect((await api.as(dispatcher).get('/requests?limit=201')).status).toBe(400);
    expect((await api.as(dispatcher).get('/requests?status=lost')).status).toBe(400);
  });

  it('lists to a resident only the requests they raised themselves', async () => {
    const own = await api.as(resident).post('/requests', drainageRequest({ channel: 'web' }));
    expect(own.status).toBe(201);
    const byAgent = await register();
    const mine = await api.as(resident).get('/requests');
    expect(mine.body.map((request: { id: string }) => request.id)).toEqual([own.body.id]);
    expect(mine.body[0].resident.masked).toBe(true);
    expect((await api.as(otherResident).get('/requests')).body).toEqual([]);
    expect(mine.body.map((request: { id: string }) => request.id)).not.toContain(byAgent.id);
  });

  it("finds a caller's earlier requests by phone for an agent, and refuses the lookup to others", async () => {
    const phone = `139${String(Date.now()).slice(-8)}`;
    const first = await register({ residentPhone: phone, residentName: '王五' });
    const second = await register({ residentPhone: phone, residentName: '王五' });
    await register();
    const found = await api.get(`/requests?phone=${phone}`);
    expect(found.status).toBe(200);
    expect(found.body.map((request: { id: string }) => request.id)).toEqual([second.id, first.id]);
    expect(found.body[0].resident).toMatchObject({ name: '王五', phone, masked: false });
    expect((await api.as(supervisor).get(`/requests?phone=${phone}`)).status).toBe(403);
    expect((await api.as(donghuaStaff).get(`/requests?phone=${phone}`)).status).toBe(403);
  });

  it('gives the supervisor the district’s list with no unmasked phone, and the agents their callback queue', async () => {
    const { id } = await register();
    const { assignment } = await assignmentOf(id);
    await feedbackStatus(id, 'dispatched');
    expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
    await feedbackStatus(id, 'signed');
    expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/reply`, { outcome: 'solved', text: '已疏通' })).status).toBe(201);
    await statusOf(id, 'replied');
    const list = await api.as(supervisor).get('/requests?limit=200');
    expect(list.status).toBe(200);
    expect(list.body.map((request: { id: string }) => request.id)).toContain(id);
    for (const request of list.body) {
      expect(request.resident.masked).toBe(true);
      expect(request.resident.phone ?? '').not.toMatch(/^\d{11}$/);
    }
    const replied = await api.as(agent).get('/requests?status=replied&limit=200');
    expect(replied.status).toBe(200);
    expect(replied.body.every((request: { status: string }) => request.status === 'replied')).toBe(true);
    expect(replied.body.map((request: { id: string }) => request.id)).toContain(id);
    expect(replied.body.find((request: { id: string }) => request.id === id).resident.masked).toBe(false);
  });

  it("gives every signed-in user of the district its catalogue: categories, areas and units with names", async () => {
    const reference = await api.as(resident).get('/reference');
    expect(reference.status).toBe(200);
    expect(reference.body.categories).toContainEqual({ code: 'drainage.blockage', name: '下水道堵塞', parentCode: 'drainage' });
    expect(reference.body.areas).toContainEqual({ code: 'donghua.nanchizi', name: '南池子社区', parentCode: 'donghua' });
    expect(reference.body.units).toContainEqual({ code: 'street-donghua', name: '东华门街道', kind: 'street', parentCode: 'district-office' });
    expect((await api.as(donghuaStaff).get('/reference')).body).toEqual(reference.body);
    expect((await api.as(resident, freshTenantId('other')).get('/reference')).body.categories).toEqual([]);
  });

  it('refuses a caller without a valid token', async () => {
    const response = await fetch(`${gateway().url}/api/v1/dispatch/queue`);
    expect(response.status).toBe(401);
    const forged = await fetch(`${gateway().url}/api/v1/dispatch/queue`, { headers: { authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' } });
    expect(forged.status).toBe(401);
  });
}
