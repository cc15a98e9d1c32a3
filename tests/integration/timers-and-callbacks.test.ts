import { localMonth } from '@civicloop/clock';
import { ApiClient, eventually, freshTenantId } from '../support/api/api-client';
import { agent, dispatcher, donghuaStaff, drainageRequest, jingshanStaff, operator, supervisor } from '../support/api/demo-people';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { TestClock } from '../support/stack/test-clock';

jest.setTimeout(300_000);

const MINUTE = 60_000;

interface AssignmentBody {
  id: string;
  attempt: number;
  status: string;
  role?: string;
  unitCode: string;
  dispatchedAt: string;
  signForDeadline: string;
  feedbackDeadline: string;
}

/**
 * Durable timers and callbacks in the distributed mode, on virtual time: reminders at 75 %,
 * escalation to the supervisors' queue (督办) that survives a restart of dispatch, supervision
 * notices, callbacks after an expired feedback deadline (Art. 23), reopening (重办) and the three calls.
 */
describe('timers, supervision and callbacks (distributed, virtual time)', () => {
  const clock = new TestClock();
  let stack: DistributedStack;
  let api: ApiClient;

  beforeAll(async () => {
    stack = await startDistributedStack('timers', {}, { ...clock.env, CIVICLOOP_TIMER_INTERVAL_MS: '200' });
    const tenantId = freshTenantId('timers');
    expect((await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '督办区', template: 'demo' })).status).toBe(201);
    api = new ApiClient(stack.gateway, tenantId, agent);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function register(): Promise<string> {
    const response = await api.post('/requests', drainageRequest());
    expect(response.status).toBe(201);
    return response.body.id;
  }

  /** The lead assignment of an attempt, once dispatch has made it. */
  function leadOf(requestId: string, attempt = 1): Promise<AssignmentBody> {
    return eventually(`attempt ${attempt} of ${requestId} to be dispatched`, async () => {
      const list = await api.as(dispatcher).get(`/requests/${requestId}/assignments`);
      return (list.body as AssignmentBody[]).find((a) => a.attempt === attempt && a.status !== 'withdrawn' && (a.role ?? 'lead') === 'lead');
    });
  }

  function feedbackIs(requestId: string, status: string, attempt?: number) {
    return eventually(`feedback of ${requestId} to be ${status}`, async () => {
      const response = await api.get(`/requests/${requestId}/feedback`);
      return response.body?.status === status && (attempt === undefined || response.body.attempt === attempt) ? response.body : undefined;
    });
  }

  function requestIs(requestId: string, status: string) {
    return eventually(`request ${requestId} to be ${status}`, async () => {
      const response = await api.get(`/requests/${requestId}`);
      return response.body?.status === status ? response.body : undefined;
    });
  }

  async function historyOf(requestId: string, type: string): Promise<Array<{ data: Record<string, unknown> }>> {
    const history = await api.get(`/requests/${requestId}/history`);
    return history.body.filter((entry: { type: string }) => entry.type === type);
  }

  async function signAndReply(requestId: string, attempt: number): Promise<AssignmentBody> {
    const assignment = await leadOf(requestId, attempt);
    await feedbackIs(requestId, 'dispatched', attempt);
    const staff = assignment.unitCode === 'street-jingshan' ? jingshanStaff : donghuaStaff;
    expect((await api.as(staff).post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
    await feedbackIs(requestId, 'signed', attempt);
    expect((await api.as(staff).post(`/assignments/${assignment.id}/reply`, { outcome: 'solved', text: '已疏通' })).status).toBe(201);
    await feedbackIs(requestId, 'replied', attempt);
    return assignment;
  }

  function queued(requestId: string, because: string) {
    return eventually(`${requestId} on the callback queue (${because})`, async () => {
      const queue = await api.get('/callbacks');
      return queue.body.find((item: { requestId: string; because: string }) => item.requestId === requestId && item.because === because);
    });
  }

  let overdue: { requestId: string; assignment: AssignmentBody };

  it('sends one reminder when 75 % of the sign-for time has passed', async () => {
    const requestId = await register();
    const assignment = await leadOf(requestId);
    const start = new Date(assignment.dispatchedAt).getTime();
    const due = new Date(assignment.signForDeadline).getTime();
    clock.jumpTo(new Date(start + 0.7 * (due - start)));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await historyOf(requestId, 'assignment.deadline-reminder')).toHaveLength(0);

    clock.jumpTo(new Date(start + 0.76 * (due - start)));
    const reminders = await eventually('the sign-for reminder', async () => {
      const found = await historyOf(requestId, 'assignment.deadline-reminder');
      return found.length > 0 ? found : undefined;
    });
    expect(reminders[0].data).toMatchObject({ assignmentId: assignment.id, kind: 'sign-for', dueAt: assignment.signForDeadline, unitCode: 'street-donghua' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await historyOf(requestId, 'assignment.deadline-reminder')).filter((entry) => entry.data.kind === 'sign-for')).toHaveLength(1);
    overdue = { requestId, assignment };
  });

  it('escalates a missed sign-for to the supervisors’ queue once, although dispatch was down when it fell due', async () => {
    const { requestId, assignment } = overdue;
    await stack.processes.dispatch.kill('SIGTERM');
    clock.jumpTo(new Date(new Date(assignment.signForDeadline).getTime() + 5 * MINUTE));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await stack.processes.dispatch.start();

    const item = await eventually('the overdue order on the supervisors’ queue', async () => {
      const queue = await api.as(supervisor).get('/supervision');
      return queue.body.find((entry: { assignmentId: string; kind: string }) => entry.assignmentId === assignment.id && entry.kind === 'sign-for');
    });
    expect(item).toMatchObject({ requestId, unitCode: 'street-donghua', dueAt: assignment.signForDeadline, state: 'open' });
    expect(item.minutesLate).toBeGreaterThanOrEqual(5);
    expect((await api.as(donghuaStaff).get('/supervision')).status).toBe(403);

    await eventually('the missed deadline in the request’s history', async () => ((await historyOf(requestId, 'assignment.deadline-missed')).length > 0 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await historyOf(requestId, 'assignment.deadline-missed')).filter((entry) => entry.data.kind === 'sign-for')).toHaveLength(1);
    const queue = await api.as(supervisor).get('/supervision');
    expect(queue.body.filter((entry: { assignmentId: string; kind: string }) => entry.assignmentId === assignment.id && entry.kind === 'sign-for')).toHaveLength(1);
  });

  it('lets a supervisor send a notice with a new deadline, which escalates again when it is missed too', async () => {
    const { requestId, assignment } = overdue;
    const boss = api.as(supervisor);
    const dueAt = new Date(clock.now().getTime() + 60 * MINUTE).toISOString();

    expect((await boss.post(`/supervision/${assignment.id}/notice`, { note: '请立即签收', dueAt: new Date(clock.now().getTime() - MINUTE).toISOString() })).status).toBe(400);
    expect((await boss.post(`/supervision/00000000-0000-4000-8000-000000000000/notice`, { note: '请立即签收', dueAt })).status).toBe(404);
    expect((await api.as(dispatcher).post(`/supervision/${assignment.id}/notice`, { note: '请立即签收', dueAt })).status).toBe(403);

    const notice = await boss.post(`/supervision/${assignment.id}/notice`, { note: '请立即签收并联系居民', dueAt });
    expect(notice.status).toBe(201);
    expect(notice.body).toMatchObject({ assignmentId: assignment.id, unitCode: 'street-donghua', about: ['sign-for'], dueAt });
    const again = await boss.post(`/supervision/${assignment.id}/notice`, { note: '再次督办', dueAt });
    expect(again.status).toBe(409);

    const queue = await boss.get('/supervision');
    expect(queue.body.some((entry: { assignmentId: string }) => entry.assignmentId === assignment.id)).toBe(false);
    const seen = await api.as(donghuaStaff).get(`/supervision/notices?assignmentId=${assignment.id}`);
    expect(seen.body).toEqual([expect.objectContaining({ note: '请立即签收并联系居民', dueAt })]);
    expect((await api.as(jingshanStaff).get(`/supervision/notices?assignmentId=${assignment.id}`)).body).toEqual([]);
    await eventually('the notice in the request’s history', async () => ((await historyOf(requestId, 'supervision.notice-issued')).length === 1 ? true : undefined));

    clock.jumpTo(new Date(new Date(dueAt).getTime() + MINUTE));
    const escalated = await eventually('the missed notice back on the queue', async () => {
      const entries = (await boss.get('/supervision')).body;
      return entries.find((entry: { assignmentId: string; kind: string }) => entry.assignmentId === assignment.id && entry.kind === 'supervision');
    });
    expect(escalated).toMatchObject({ requestId, dueAt, state: 'open' });
  });

  it('calls the resident back when the feedback deadline passes without a reply (Art. 23), and still takes a late reply', async () => {
    const requestId = await register();
    const assignment = await leadOf(requestId);
    await feedbackIs(requestId, 'dispatched');
    expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
    await feedbackIs(requestId, 'signed');

    clock.jumpTo(new Date(new Date(assignment.feedbackDeadline).getTime() + MINUTE));
    await requestIs(requestId, 'expired');
    const due = await queued(requestId, 'deadline-passed');
    expect(due).toMatchObject({ attempt: 1, status: 'expired', unitCode: 'street-donghua', callsMade: 0 });
    expect((await api.as(donghuaStaff).get('/callbacks')).status).toBe(403);

    // A late reply is still taken; the request keeps its place in the queue.
    expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/reply`, { outcome: 'explained', text: '已答复，需协调' })).status).toBe(201);
    await requestIs(requestId, 'replied');
    const stillDue = await queued(requestId, 'replied');
    expect(stillDue.dueSince).toBe(due.dueSince);

    const callback = await api.post(`/requests/${requestId}/callbacks`, { reached: true, solved: true, satisfaction: 'basically-satisfied' });
    expect(callback.status).toBe(201);
    expect(callback.body.callback).toMatchObject({ callNo: 1, final: true, valid: true });
    await requestIs(requestId, 'closed');
    expect((await api.get('/callbacks')).body.some((item: { requestId: string }) => item.requestId === requestId)).toBe(false);
  });

  it('reopens an unsolved request twice and closes it solved at the third try, the attempt kept', async () => {
    const requestId = await register();
    for (const attempt of [1, 2]) {
      await signAndReply(requestId, attempt);
      const unsolved = await api.post(`/requests/${requestId}/callbacks`, {
        reached: true,
        solved: false,
        satisfaction: 'not-satisfied',
        ...(attempt === 2 ? { unitCode: 'street-jingshan' } : {}),
      });
      expect(unsolved.status).toBe(201);
      expect(unsolved.body).toMatchObject({ status: 'reopened', attempt: attempt + 1 });
    }
    const reopenings = await eventually('both reopenings in the history', async () => {
      const found = await historyOf(requestId, 'request.reopened');
      return found.length === 2 ? found : undefined;
    });
    expect(reopenings.map((entry) => [entry.data.attempt, entry.data.suggestedUnitCode ?? null])).toEqual([
      [2, null],
      [3, 'street-jingshan'],
    ]);

    await signAndReply(requestId, 3);
    const solved = await api.post(`/requests/${requestId}/callbacks`, { reached: true, solved: true, satisfaction: 'satisfied' });
    expect(solved.status).toBe(201);
    const closed = await requestIs(requestId, 'closed');
    expect(closed.attempt).toBe(3);
    const feedback = await api.get(`/requests/${requestId}/feedback`);
    expect(feedback.body.callbacks.map((c: { attempt: number; solved: boolean }) => [c.attempt, c.solved])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it('gives up after three unreached calls: an invalid callback, the loop closed, nothing counted in the rates', async () => {
    const unreachable = await register();
    const counted = await register();
    await signAndReply(unreachable, 1);
    await signAndReply(counted, 1);
    const month = localMonth(clock.now());
    const validCallbacks = async () => {
      const report = await api.as(supervisor).get(`/reports/unit-rates?month=${month}`);
      return report.body.units.find((unit: { unitCode: string }) => unit.unitCode === 'street-donghua')?.validCallbacks ?? 0;
    };
    const before = await validCallbacks();

    for (const callNo of [1, 2]) {
      const call = await api.post(`/requests/${unreachable}/callbacks`, { reached: false });
      expect(call.status).toBe(201);
      expect(call.body).toMatchObject({ status: 'replied', callback: { callNo, final: false, valid: false } });
      expect((await queued(unreachable, 'replied')).callsMade).toBe(callNo);
    }
    const last = await api.post(`/requests/${unreachable}/callbacks`, { reached: false });
    expect(last.status).toBe(201);
    expect(last.body).toMatchObject({ status: 'closed', callback: { callNo: 3, final: true, valid: false } });
    await requestIs(unreachable, 'closed');
    const fourth = await api.post(`/requests/${unreachable}/callbacks`, { reached: false });
    expect(fourth.status).toBe(409);
    expect(fourth.body.details.state).toBe('closed');
    expect((await api.get('/callbacks')).body.some((item: { requestId: string }) => item.requestId === unreachable)).toBe(false);

    // A valid callback on another request is counted; the invalid one is not.
    expect((await api.post(`/requests/${counted}/callbacks`, { reached: true, solved: true, satisfaction: 'satisfied' })).status).toBe(201);
    await eventually('the valid callback to be counted', async () => ((await validCallbacks()) === before + 1 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await validCallbacks()).toBe(before + 1);
  });
});
