import { CHINA_2026, WorkingCalendar } from '@civicloop/working-calendar';
import { ApiClient, eventually, freshTenantId, type Identity } from '../support/api/api-client';
import { agent, dispatcher, donghuaStaff, drainageRequest, jingshanStaff, operator, resident, supervisor } from '../support/api/demo-people';
import { withClient } from '../support/stack/test-database';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { TestClock } from '../support/stack/test-clock';

jest.setTimeout(180_000);

const donghuaManager: Identity = { userId: 'donghua-manager-1', roles: ['unit-manager'], unitCodes: ['street-donghua'] };
const cityStaff: Identity = { userId: 'city-1', roles: ['unit-staff'], unitCodes: ['city-management'] };
const DAY_MS = 24 * 60 * 60 * 1000;
/** The demo district's calendar: what the service counts working time on. */
const calendar = new WorkingCalendar([CHINA_2026]);

interface Assignment {
  id: string;
  unitCode: string;
  status: string;
  attempt: number;
  dispatchedAt: string;
  signForDeadline: string;
  feedbackDeadline: string;
}

/**
 * 派单异议 and 延期 through the gateway in the distributed mode: objections reviewed, upheld and
 * rejected, the manager's step, the supervisor's arbitration, the window; extensions approved,
 * shown to the resident, and refused beyond the cap.
 */
describe('objections under review and extensions (distributed: five processes, PostgreSQL, JetStream)', () => {
  const clock = new TestClock();
  let stack: DistributedStack;
  /** A district on the published defaults (no manager steps). */
  let api: ApiClient;
  /** A district whose unit managers approve objections and extensions first. */
  let managed: ApiClient;

  beforeAll(async () => {
    stack = await startDistributedStack('objections', {}, clock.env);
    api = await openDistrict('obj');
    managed = await openDistrict('mgr');
    await setRules(managed.tenantId, { managerApprovesObjections: true, managerApprovesExtensions: true });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function openDistrict(prefix: string): Promise<ApiClient> {
    const tenantId = freshTenantId(prefix);
    const opened = await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '异议测试区', template: 'demo' });
    expect(opened.status).toBe(201);
    return new ApiClient(stack.gateway, tenantId, agent);
  }

  /** The district admin API is another part of this issue; the rule book is set as the owner here. */
  function setRules(tenantId: string, rules: Record<string, unknown>) {
    return withClient(stack.databaseUrl, (client) =>
      client.query(`update dispatch.districts set rules = rules || $2::jsonb where tenant_id = $1`, [tenantId, JSON.stringify(rules)]),
    );
  }

  function sql<T = any>(text: string, values: unknown[]): Promise<T[]> {
    return withClient(stack.databaseUrl, async (client) => (await client.query(text, values)).rows as T[]);
  }

  function statusOf(client: ApiClient, id: string, wanted: string) {
    return eventually(`request ${id} to be ${wanted}`, async () => {
      const response = await client.get(`/requests/${id}`);
      return response.body?.status === wanted ? response.body : undefined;
    });
  }

  /** Registers a drainage request in Donghua (the catalogue sends it to street-donghua) and waits for its assignment. */
  async function dispatched(client: ApiClient, as: Identity = agent): Promise<{ requestId: string; assignment: Assignment }> {
    const registered = await client.as(as).post('/requests', drainageRequest(as === resident ? { channel: 'web' } : {}));
    expect(registered.status).toBe(201);
    const requestId = registered.body.id as string;
    await statusOf(client, requestId, 'dispatched');
    return { requestId, assignment: await currentAssignment(client, requestId) };
  }

  async function currentAssignment(client: ApiClient, requestId: string): Promise<Assignment> {
    const list = await client.as(dispatcher).get(`/requests/${requestId}/assignments`);
    return list.body.find((a: Assignment) => a.status !== 'withdrawn');
  }

  function historyOf(client: ApiClient, requestId: string, type: string) {
    return eventually(`${type} in the history of ${requestId}`, async () => {
      const history = await client.get(`/requests/${requestId}/history`);
      return history.body?.find?.((entry: { type: string }) => entry.type === type);
    });
  }

  async function deadlinesOf(assignmentId: string) {
    return sql<{ kind: string; due_at: Date; state: string }>(
      `select kind, due_at, state from dispatch.deadlines where assignment_id = $1 order by kind`,
      [assignmentId],
    );
  }

  it('upholds an objection: the order is withdrawn and re-dispatched to the unit the dispatcher names, with fresh clocks, and the history shows it', async () => {
    const { requestId, assignment } = await dispatched(api);
    const objected = await api.as(donghuaStaff).post(`/assignments/${assignment.id}/objection`, { reason: '该地址属于景山街道辖区' });
    expect(objected.status).toBe(200);
    expect(objected.body.objection).toMatchObject({ state: 'in-review', reviewerRole: 'dispatcher', objectionNo: 1, reason: '该地址属于景山街道辖区' });
    // Review is due within one working day of the objection reaching the queue.
    expect(new Date(objected.body.objection.reviewDueAt).getTime()).toBeGreaterThan(new Date(objected.body.objection.raisedAt).getTime());
    await statusOf(api, requestId, 'objected');
    expect(await deadlinesOf(assignment.id)).toContainEqual({ kind: 'objection-review', due_at: new Date(objected.body.objection.reviewDueAt), state: 'pending' });

    const queue = await api.as(dispatcher).get('/objections');
    expect(queue.status).toBe(200);
    expect(queue.body.map((o: { assignmentId: string }) => o.assignmentId)).toContain(assignment.id);
    expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/objection/review`, { decision: 'uphold', unitCode: 'street-jingshan', note: 'x' })).status).toBe(403);

    const review = await api.as(dispatcher).post(`/assignments/${assignment.id}/objection/review`, { decision: 'uphold', unitCode: 'street-jingshan', note: '核实属实，转景山街道' });
    expect(review.status).toBe(200);
    expect(review.body.objected.status).toBe('withdrawn');
    const reassigned: Assignment = review.body.reassigned;
    expect(reassigned).toMatchObject({ unitCode: 'street-jingshan', status: 'dispatched', reason: { kind: 'objection-upheld', note: '核实属实，转景山街道' } });
    expect(new Date(reassigned.dispatchedAt).getTime()).toBeGreaterThan(new Date(assignment.dispatchedAt).getTime());
    expect(new Date(reassigned.signForDeadline).getTime()).toBeGreaterThan(new Date(assignment.signForDeadline).getTime());

    const request = await statusOf(api, requestId, 'dispatched');
    expect(request.currentUnitCode).toBe('street-jingshan');
    const upheld = await historyOf(api, requestId, 'assignment.objection-upheld');
    // What reporting needs to leave the withdrawn assignment out of Donghua's response rate.
    expect(upheld.data).toMatchObject({ assignmentId: assignment.id, unitCode: 'street-donghua', reviewerRole: 'dispatcher', reassignedUnitCode: 'street-jingshan' });
    const history = await eventually('the new assignment in the history', async () => {
      const types = (await api.get(`/requests/${requestId}/history`)).body.map((e: { type: string }) => e.type);
      return types.filter((t: string) => t === 'assignment.created').length === 2 ? types : undefined;
    });
    expect(history.indexOf('assignment.objected')).toBeLessThan(history.indexOf('assignment.objection-upheld'));
    expect(history.lastIndexOf('assignment.created')).toBeGreaterThan(history.indexOf('assignment.objection-upheld'));
    expect((await deadlinesOf(assignment.id)).every((row) => row.state !== 'pending')).toBe(true);
    expect((await api.as(dispatcher).get('/objections')).body.map((o: { assignmentId: string }) => o.assignmentId)).not.toContain(assignment.id);
  });

  it("rejects an objection: back to the unit with the reviewer's reason, its clocks unchanged", async () => {
    const { requestId, assignment } = await dispatched(api);
    const before = await deadlinesOf(assignment.id);
    expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/objection`, { reason: '不属于本街道职责' })).status).toBe(200);
    await statusOf(api, requestId, 'objected');

    const noReason = await api.as(dispatcher).post(`/assignments/${assignment.id}/objection/review`, { decision: 'reject', note: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details.problems[0].field).toBe('note');

    const rejected = await api.as(dispatcher).post(`/assignments/${assignment.id}/objection/review`, { decision: 'reject', note: '下水道在南池子社区内，属街道职责' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.objected).toMatchObject({
      status: 'dispatched',
      signForDeadline: assignment.signForDeadline,
      feedbackDeadline: assignment.feedbackDeadline,
      dispatchedAt: assignment.dispatchedAt,
    });
    expect(rejected.body.objection).toMatchObject({ state: 'rejected', review: { note: '下水道在南池子社区内，属街道职责' } });
    const after = await deadlinesOf(assignment.id);
    for (const kind of ['sign-for', 'feedback']) {
      expect(after.find((row) => row.kind === kind)).toEqual(before.find((row) => row.kind === kind));
    }
    expect(after.find((row) => row.kind === 'objection-review')?.state).toBe('met');
    await statusOf(api, requestId, 'dispatched');
    const entry = await historyOf(api.as(donghuaStaff), requestId, 'assignment.objection-rejected');
    expect(entry.data.note).toBe('下水道在南池子社区内，属街道职责');
    expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
  });

  it('sends the third objection on one order to the supervisor, who arbitrates', async () => {
    const { requestId, assignment } = await dispatched(api);
    expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/objection`, { reason: '属景山街道' })).status).toBe(200);
    const first = await api.as(dispatcher).post(`/assignments/${assignment.id}/objection/review`, { decision: 'uphold', unitCode: 'street-jingshan', note: '转景山' });
    const second = first.body.reassigned as Assignment;
    await statusOf(api, requestId, 'dispatched');
    const objectedTwice = await api.as(jingshanStaff).post(`/assignments/${second.id}/objection`, { reason: '属东华门街道' });
    expect(objectedTwice.body.objection).toMatchObject({ objectionNo: 2, reviewerRole: 'dispatcher' });
    await statusOf(api, requestId, 'objected');
    expect((await api.as(dispatcher).post(`/assignments/${second.id}/objection/review`, { decision: 'reject', note: '经核实属景山' })).status).toBe(200);
    await statusOf(api, requestId, 'dispatched');

    const third = await api.as(jingshanStaff).post(`/assignments/${second.id}/objection`, { reason: '仍不属本街道' });
    expect(third.status).toBe(200);
    expect(third.body.objection).toMatchObject({ objectionNo: 3, reviewerRole: 'supervisor' });
    await statusOf(api, requestId, 'objected');
    const byDispatcher = await api.as(dispatcher).post(`/assignments/${second.id}/objection/review`, { decision: 'uphold', unitCode: 'city-management', note: 'x' });
    expect(byDispatcher.status).toBe(403);
    expect(byDispatcher.body.message).toContain('supervisor arbitrates');
    expect((await api.as(dispatcher).get('/objections')).body.map((o: { id: string }) => o.id)).not.toContain(third.body.objection.id);
    expect((await api.as(supervisor).get('/objections')).body.map((o: { id: string }) => o.id)).toContain(third.body.objection.id);

    const arbitrated = await api.as(supervisor).post(`/assignments/${second.id}/objection/review`, { decision: 'uphold', unitCode: 'city-management', note: '仲裁：由城管委牵头' });
    expect(arbitrated.status).toBe(200);
    expect(arbitrated.body.reassigned.unitCode).toBe('city-management');
    const upheld = await eventually('the arbitration in the history', async () => {
      const history = (await api.get(`/requests/${requestId}/history`)).body;
      return history.filter((e: { type: string }) => e.type === 'assignment.objection-upheld').find((e: any) => e.data.reviewerRole === 'supervisor');
    });
    expect(upheld.actor.userId).toContain(supervisor.userId);
    expect((await statusOf(api, requestId, 'dispatched')).currentUnitCode).toBe('city-management');
    expect((await api.as(cityStaff).post(`/assignments/${arbitrated.body.reassigned.id}/sign`)).status).toBe(200);
  });

  it("waits for the unit manager's approval when the district requires it: refused back to the unit, or approved on to review", async () => {
    const { requestId, assignment } = await dispatched(managed);
    const objected = await managed.as(donghuaStaff).post(`/assignments/${assignment.id}/objection`, { reason: '不属于本街道' });
    expect(objected.status).toBe(200);
    expect(objected.body.objection.state).toBe('awaiting-manager');
    await statusOf(managed, requestId, 'objection-pending');
    expect((await managed.as(dispatcher).get('/objections')).body).toEqual([]);
    const early = await managed.as(dispatcher).post(`/assignments/${assignment.id}/objection/review`, { decision: 'reject', note: '不行' });
    expect(early.status).toBe(409);
    expect(early.body.details).toMatchObject({ state: 'objection-pending', allowed: expect.arrayContaining(['approve-objection', 'refuse-objection']) });
    expect((await managed.as(donghuaStaff).post(`/assignments/${assignment.id}/objection/manager-decision`, { decision: 'approve' })).status).toBe(403);
    expect((await managed.as(donghuaManager).get('/objections')).body.map((o: { id: string }) => o.id)).toEqual([objected.body.objection.id]);
    expect((await managed.as(donghuaManager).post(`/assignments/${assignment.id}/objection/manager-decision`, { decision: 'refuse' })).status).toBe(400);

    const refused = await managed.as(donghuaManager).post(`/assignments/${assignment.id}/objection/manager-decision`, { decision: 'refuse', note: '本街道先行处置' });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ status: 'dispatched', signForDeadline: assignment.signForDeadline, feedbackDeadline: assignment.feedbackDeadline });
    await statusOf(managed, requestId, 'dispatched');
    expect((await historyOf(managed, requestId, 'assignment.objection-refused')).data.note).toBe('本街道先行处置');

    expect((await managed.as(donghuaStaff).post(`/assignments/${assignment.id}/objection`, { reason: '补充材料：属景山街道' })).status).toBe(200);
    await statusOf(managed, requestId, 'objection-pending');
    const approved = await managed.as(donghuaManager).post(`/assignments/${assignment.id}/objection/manager-decision`, { decision: 'approve', note: '同意报异议' });
    expect(approved.status).toBe(200);
    // The refused one never left the unit, so this is still the order's first objection.
    expect(approved.body.objection).toMatchObject({ state: 'in-review', objectionNo: 1, reviewerRole: 'dispatcher' });
    await statusOf(managed, requestId, 'objected');
    expect((await historyOf(managed, requestId, 'assignment.objection-approved')).actor.userId).toContain(donghuaManager.userId);
    expect((await managed.as(dispatcher).get('/objections')).body.map((o: { assignmentId: string }) => o.assignmentId)).toEqual([assignment.id]);
  });

  it('grants an extension the manager and then a dispatcher approved: the feedback deadline moves, and the resident sees the reason', async () => {
    const { requestId, assignment } = await dispatched(managed, resident);
    const unit = managed.as(donghuaStaff);
    const reason = '需协调自来水公司更换主管道，施工需两周';
    const requestedDeadline = new Date(new Date(assignment.feedbackDeadline).getTime() + 3 * DAY_MS).toISOString();
    const unsigned = await unit.post(`/assignments/${assignment.id}/extension`, { reason, requestedDeadline });
    expect(unsigned.status).toBe(409);
    expect(unsigned.body.details.allowed).toContain('sign');
    expect((await unit.post(`/assignments/${assignment.id}/sign`)).status).toBe(200);

    const asked = await unit.post(`/assignments/${assignment.id}/extension`, { reason, requestedDeadline });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ state: 'awaiting-manager', reason, requestedDeadline });
    const extensionId = asked.body.id as string;
    expect((await unit.post(`/assignments/${assignment.id}/extension`, { reason: '再延', requestedDeadline })).status).toBe(409);
    expect((await managed.as(dispatcher).post(`/extensions/${extensionId}/decision`, { decision: 'approve' })).status).toBe(403);
    const byManager = await managed.as(donghuaManager).post(`/extensions/${extensionId}/decision`, { decision: 'approve', note: '情况属实' });
    expect(byManager.status).toBe(200);
    expect(byManager.body.state).toBe('awaiting-dispatcher');

    const queue = await managed.as(dispatcher).get('/extensions?state=awaiting-dispatcher');
    expect(queue.body.map((e: { id: string }) => e.id)).toContain(extensionId);
    expect((await managed.as(dispatcher).get('/extensions?state=forever')).status).toBe(400);
    const granted = await managed.as(dispatcher).post(`/extensions/${extensionId}/decision`, { decision: 'approve', note: '同意延期' });
    expect(granted.status).toBe(200);
    expect(granted.body.state).toBe('granted');

    expect((await managed.as(dispatcher).get(`/assignments/${assignment.id}`)).body.feedbackDeadline).toBe(requestedDeadline);
    const feedbackRow = (await deadlinesOf(assignment.id)).find((row) => row.kind === 'feedback');
    expect(feedbackRow).toMatchObject({ due_at: new Date(requestedDeadline), state: 'pending' });
    const seen = await historyOf(managed.as(resident), requestId, 'assignment.extension-granted');
    expect(seen.data).toMatchObject({ reason, feedbackDeadline: requestedDeadline });
    // The resident hears the outcome, not the unit's and the manager's steps on the way to it.
    const residentSteps = (await managed.as(resident).get(`/requests/${requestId}/history`)).body.map((step: { type: string }) => step.type);
    expect(residentSteps).not.toContain('assignment.extension-requested');
    expect(residentSteps).not.toContain('assignment.extension-manager-approved');
    const staffSteps = (await managed.as(dispatcher).get(`/requests/${requestId}/history`)).body.map((step: { type: string }) => step.type);
    expect(staffSteps).toContain('assignment.extension-requested');
  });

  it('refuses an extension beyond the cap, naming the latest allowed date, and changes nothing', async () => {
    const { assignment } = await dispatched(api);
    const unit = api.as(donghuaStaff);
    expect((await unit.post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
    const feedbackDeadline = new Date(assignment.feedbackDeadline);
    const latestAllowed = calendar.addWorkingTime(feedbackDeadline, 10 * 24 * 60).toISOString();

    const tooLong = await unit.post(`/assignments/${assignment.id}/extension`, {
      reason: '工程量大',
      requestedDeadline: new Date(feedbackDeadline.getTime() + 30 * DAY_MS).toISOString(),
    });
    expect(tooLong.status).toBe(409);
    expect(tooLong.body.details).toMatchObject({ limit: 'extensionCapWorkingMinutes', latestAllowed });
    expect(tooLong.body.message).toContain('10 working days');
    expect(tooLong.body.message).toContain(latestAllowed);
    const earlier = await unit.post(`/assignments/${assignment.id}/extension`, { reason: '工程量大', requestedDeadline: assignment.signForDeadline });
    expect(earlier.status).toBe(400);
    expect(earlier.body.details.problems[0].field).toBe('requestedDeadline');
    expect(await sql(`select id from dispatch.extensions where assignment_id = $1`, [assignment.id])).toEqual([]);
    expect((await api.as(dispatcher).get(`/assignments/${assignment.id}`)).body.feedbackDeadline).toBe(assignment.feedbackDeadline);

    // Within the cap and without a manager step it goes straight to the dispatchers, who may refuse it.
    const asked = await unit.post(`/assignments/${assignment.id}/extension`, { reason: '需等待配件', requestedDeadline: latestAllowed });
    expect(asked.status).toBe(201);
    expect(asked.body.state).toBe('awaiting-dispatcher');
    expect((await api.as(dispatcher).post(`/extensions/${asked.body.id}/decision`, { decision: 'refuse' })).status).toBe(400);
    const refused = await api.as(dispatcher).post(`/extensions/${asked.body.id}/decision`, { decision: 'refuse', note: '配件可当日调拨' });
    expect(refused.body).toMatchObject({ state: 'refused', decision: { note: '配件可当日调拨', role: 'dispatcher' } });
    expect((await api.as(dispatcher).get(`/assignments/${assignment.id}`)).body.feedbackDeadline).toBe(assignment.feedbackDeadline);
  });

  // Last: it moves the stack's clock past the window, for every later request too.
  it("refuses an objection after the window with 409 giving the window's end, and stores nothing", async () => {
    const { requestId, assignment } = await dispatched(api);
    const windowEnd = calendar.addWorkingTime(new Date(assignment.dispatchedAt), 2 * 24 * 60).toISOString();
    clock.advance(14 * DAY_MS);
    const late = await api.as(donghuaStaff).post(`/assignments/${assignment.id}/objection`, { reason: '不属于本街道' });
    expect(late.status).toBe(409);
    expect(late.body.message).toContain(windowEnd);
    expect(late.body.message).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Asia\/Shanghai\)/);
    expect(late.body.details).toMatchObject({ limit: 'objectionWindowWorkingMinutes', endsAt: windowEnd });
    expect(await sql(`select id from dispatch.objections where assignment_id = $1`, [assignment.id])).toEqual([]);
    expect(await sql(`select event_id from dispatch.outbox where envelope->>'aggregateId' = $1 and event_type = 'assignment.objected'`, [assignment.id])).toEqual([]);
    expect((await api.as(dispatcher).get(`/assignments/${assignment.id}`)).body.status).not.toBe('objected');
    const history = (await api.get(`/requests/${requestId}/history`)).body.map((e: { type: string }) => e.type);
    expect(history).not.toContain('assignment.objected');
  });
});
