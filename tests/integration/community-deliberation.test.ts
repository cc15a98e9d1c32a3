import { isDeepStrictEqual } from 'node:util';
import { localDate } from '@civicloop/clock';
import { ApiClient, eventually, freshTenantId, type Identity } from '../support/api/api-client';
import { agent, dispatcher, housingStaff, operator, resident, supervisor } from '../support/api/demo-people';
import { withClient } from '../support/stack/test-database';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { TestClock } from '../support/stack/test-clock';

jest.setTimeout(300_000);

const DAY = 24 * 3_600_000;
const admin: Identity = { userId: 'admin-1', roles: ['district-admin'] };
/** 南池子社区居委会: unit staff of the community unit (the demo's community-nanchizi). */
const nanchiziStaff: Identity = { userId: 'nanchizi-1', roles: ['unit-staff'], unitCodes: ['community-nanchizi'] };
const jingshanLiaison: Identity = { userId: 'liaison-9', roles: ['liaison'], unitCodes: ['street-jingshan'] };
const COMMUNITY = 'donghua.nanchizi';

/**
 * Community deliberation (阳光议事) through the gateway in the distributed mode, on virtual time:
 * issues collected and triaged three ways, a session planned, held, voted and decided — one item
 * ordered from a department becomes a request dispatched to that unit — follow-up tasks, the
 * public decisions, Lin'an's monthly figures against hand-computed numbers, and bad input refused
 * with nothing stored.
 */
describe('community deliberation (distributed, virtual time)', () => {
  const clock = new TestClock();
  let stack: DistributedStack;
  let api: ApiClient;
  let tenantId: string;
  // A month of next year, so the demo seed (collected today) is not counted with it.
  const year = Number(localDate(new Date()).slice(0, 4)) + 1;
  const month = `${year}-03`;
  const start = new Date(`${year}-03-10T10:00:00+08:00`);
  const issues: Record<'selfA' | 'selfB' | 'parking' | 'sewage' | 'lift' | 'pending', string> = { selfA: '', selfB: '', parking: '', sewage: '', lift: '', pending: '' };
  let liftRequest: string;
  let sewageRequest: string;
  let sessionId: string;
  let items: Array<{ id: string; issueId: string }>;

  beforeAll(async () => {
    stack = await startDistributedStack('deliberation', {}, clock.env);
    tenantId = freshTenantId('deliberation');
    expect((await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '议事区', template: 'demo' })).status).toBe(201);
    api = new ApiClient(stack.gateway, tenantId, nanchiziStaff);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const count = (sql: string, params: unknown[] = [tenantId]) => withClient(stack.databaseUrl, async (client) => Number((await client.query(sql, params)).rows[0].count));
  const publicDecisions = async () => (await fetch(`${stack.gateway.url}/api/v1/public/deliberation/decisions?district=${tenantId}&community=${COMMUNITY}`)).json();

  it('seeds the demo community once: a few issues and a held session, not yet public', async () => {
    const sessions = await api.get('/deliberation/sessions');
    expect(sessions.status).toBe(200);
    expect(sessions.body).toEqual([expect.objectContaining({ communityAreaCode: COMMUNITY, communityUnitCode: 'community-nanchizi', state: 'held', allowedActions: ['vote', 'decide'] })]);
    expect(sessions.body[0].agenda).toHaveLength(2);
    expect(sessions.body[0].agenda[0]).toMatchObject({ counts: [5, 1], leading: [0] });
    expect((await api.get('/deliberation/issues')).body.map((issue: { state: string }) => issue.state).sort()).toEqual(['collected', 'on-agenda', 'on-agenda', 'self-solved']);
    expect((await api.get('/deliberation/sessions')).body).toHaveLength(1);
    expect(await publicDecisions()).toEqual([]);
  });

  it('collects issues from rounds, boxes, chat groups and visits; only the community’s own people may', async () => {
    clock.jumpTo(start);
    const collect = (text: string, source: string, extra: Record<string, unknown> = {}, who = nanchiziStaff) => api.as(who).post('/deliberation/issues', { communityAreaCode: COMMUNITY, text, source, ...extra });
    const made = await Promise.all([
      collect('3号楼楼道堆放杂物', 'building-round', { reporter: { name: '刘桂兰', phone: '13600136001' } }),
      collect('健身器材螺丝松动', 'chat-group'),
      collect('小区停车难，外来车辆乱停', 'chat-group'),
      collect('12号院化粪池反复外溢', 'suggestion-box'),
      collect('老楼加装电梯协调难', 'building-round', {}, admin),
      collect('单元门禁损坏', 'visit'),
    ]);
    for (const response of made) expect(response.status).toBe(201);
    [issues.selfA, issues.selfB, issues.parking, issues.sewage, issues.lift, issues.pending] = made.map((response) => response.body.id);
    expect(made[0].body).toMatchObject({ state: 'collected', level: null, communityName: '南池子社区', streetUnitCode: 'street-donghua', reporter: { name: '刘**', phone: '136****6001' } });
    // The reporter's phone never reaches the broker.
    expect(await count(`select count(*) from intake.outbox where tenant_id = $1 and event_type like 'deliberation.%' and envelope::text like '%13600136001%'`)).toBe(0);

    const notACommunity = await collect('x', 'visit', { communityAreaCode: 'elsewhere' });
    expect(notACommunity.status).toBe(400);
    expect(notACommunity.body.details.problems).toEqual([expect.objectContaining({ field: 'communityAreaCode' })]);
    expect((await collect('x', 'visit', {}, jingshanLiaison)).status).toBe(403);
    expect((await collect('x', 'visit', {}, housingStaff)).status).toBe(403);
    // A resident is refused for the role before the input is read (nothing of theirs is a community's).
    expect((await collect('x', 'visit', { communityAreaCode: 'elsewhere' }, resident)).status).toBe(403);
    expect((await collect('x', 'carrier-pigeon')).status).toBe(400);
    expect(await count(`select count(*) from intake.community_issues where tenant_id = $1 and collected_at >= '${year}-01-01'`)).toBe(6);
  });

  it('triages three ways: self-solved closes, community waits for a session, department orders a request dispatched to the chosen unit', async () => {
    const triage = (id: string, body: Record<string, unknown>) => api.post(`/deliberation/issues/${id}/triage`, body);
    const noResolution = await triage(issues.selfA, { level: 'self-solved' });
    expect(noResolution.status).toBe(400);
    expect(noResolution.body.details.problems).toEqual([expect.objectContaining({ field: 'resolution' })]);
    expect((await triage(issues.selfA, { level: 'self-solved', resolution: '楼长组织居民当天清理完毕' })).body).toMatchObject({ state: 'self-solved', level: 'self-solved', resolution: '楼长组织居民当天清理完毕' });
    expect((await triage(issues.selfB, { level: 'self-solved', resolution: '热心居民自带工具拧紧' })).status).toBe(200);
    expect((await triage(issues.parking, { level: 'community' })).body.state).toBe('community');
    expect((await triage(issues.sewage, { level: 'community' })).body.state).toBe('community');

    const order = { unitCode: 'housing-bureau', categoryCode: 'housing.property', type: 'help', address: '南池子大街 20 号楼', contactName: '陈主任', contactPhone: '01065550001', note: '业主意见不一，请住建委协调' };
    const elsewhere = await triage(issues.lift, { level: 'department', order: { ...order, unitCode: 'bureau-of-another-district' } });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.details.problems).toEqual([{ field: 'order.unitCode', reason: 'order-to-a-unit-of-this-district: no unit "bureau-of-another-district" in this district' }]);
    expect((await api.get(`/deliberation/issues/${issues.lift}`)).body.state).toBe('collected');
    expect(await count(`select count(*) from intake.requests where tenant_id = $1`)).toBe(0);

    const ordered = await triage(issues.lift, { level: 'department', order });
    expect(ordered.status).toBe(200);
    expect(ordered.body).toMatchObject({ state: 'ordered', level: 'department', order: { unitCode: 'housing-bureau', unitName: '区住房和城乡建设委员会' } });
    liftRequest = ordered.body.request.id;
    const again = await triage(issues.lift, { level: 'community' });
    expect(again.status).toBe(409);
    expect(again.body.details).toMatchObject({ state: 'ordered', allowed: [] });

    // 部门接单: property matters are queued for a dispatcher by the catalogue, but the order names its unit.
    const assignment = await eventually('the ordered request assigned to the housing bureau', async () => {
      const list = await api.as(dispatcher).get(`/requests/${liftRequest}/assignments`);
      return (list.body as Array<{ unitCode: string; reason: { kind: string } }>)[0];
    });
    expect(assignment).toMatchObject({ unitCode: 'housing-bureau', reason: { kind: 'manual', note: expect.stringContaining('社区下单') } });
    // Intake learns the unit from assignment.created, a moment after dispatch made it.
    const request = await eventually('intake to know the lift order’s unit', async () => {
      const body = (await api.as(agent).get(`/requests/${liftRequest}`)).body;
      return body?.currentUnitCode ? body : undefined;
    });
    expect(request).toMatchObject({ channel: 'visit', categoryCode: 'housing.property', areaCode: COMMUNITY, currentUnitCode: 'housing-bureau' });
    expect(request.description).toContain('老楼加装电梯协调难（南池子社区社区下单：业主意见不一，请住建委协调）');
  });

  it('runs a session: planned, held, voted, decided — an item ordered from a department becomes a request — and refuses steps out of order', async () => {
    const today = localDate(clock.now());
    const plan = (agenda: Array<{ issueId: string; options: string[] }>) =>
      api.post('/deliberation/sessions', {
        communityAreaCode: COMMUNITY,
        date: today,
        place: '南池子社区议事厅',
        agenda,
        participants: [
          { role: 'community', name: '社区书记' },
          { role: 'owners-committee', name: '业委会主任王某' },
          { role: 'property-company', name: '物业经理' },
          { role: 'residents-representative', name: '2号楼代表' },
          { role: 'residents-representative', name: '7号楼代表' },
          { role: 'other', name: '记录员', votes: false },
        ],
      });
    const selfSolvedOnAgenda = await plan([{ issueId: issues.selfA, options: ['a', 'b'] }]);
    expect(selfSolvedOnAgenda.status).toBe(400);
    expect(selfSolvedOnAgenda.body.details.problems[0]).toMatchObject({ field: 'agenda[0].issueId', reason: expect.stringMatching(/^agenda-of-community-level-issues: /) });

    const planned = await plan([
      { issueId: issues.parking, options: ['划定访客车位', '安装道闸收费'] },
      { issueId: issues.sewage, options: ['物业再次清掏', '报请区水务局改造管网'] },
    ]);
    expect(planned.status).toBe(201);
    sessionId = planned.body.id;
    items = planned.body.agenda;
    expect(planned.body).toMatchObject({ state: 'planned', voters: 5, allowedActions: ['hold'] });
    expect((await api.get(`/deliberation/issues/${issues.parking}`)).body).toMatchObject({ state: 'on-agenda', sessionId });

    const tooEarly = await api.post(`/deliberation/sessions/${sessionId}/decide`, { decisions: [{ itemId: items[0].id, kind: 'option', option: 0 }] });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.details).toEqual({ state: 'planned', action: 'decide', allowed: ['hold'] });
    expect((await api.post(`/deliberation/sessions/${sessionId}/items/${items[0].id}/vote`, { counts: [1, 1] })).status).toBe(409);

    const held = await api.post(`/deliberation/sessions/${sessionId}/hold`, { minutes: '三方到会' });
    expect(held.body).toMatchObject({ state: 'held', minutes: '三方到会' });

    const tooMany = await api.post(`/deliberation/sessions/${sessionId}/items/${items[0].id}/vote`, { counts: [4, 3] });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details.problems).toEqual([{ field: 'counts', reason: 'ballots-within-voters: 7 ballots but only 5 participant(s) have a vote' }]);
    expect(await count(`select count(*) from intake.deliberation_items where session_id = $1 and counts is not null`, [sessionId])).toBe(0);
    expect((await api.post(`/deliberation/sessions/${sessionId}/items/${items[0].id}/vote`, { counts: [4, 1] })).body.agenda[0]).toMatchObject({ counts: [4, 1], ballots: 5, leading: [0] });
    expect((await api.post(`/deliberation/sessions/${sessionId}/items/${items[1].id}/vote`, { counts: [1, 3] })).status).toBe(200);

    const sewageOrder = { unitCode: 'water-authority', categoryCode: 'drainage.blockage', type: 'help', address: '南池子大街 12 号院', contactName: '陈主任', contactPhone: '01065550001' };
    const decisions = (unitCode: string) => ({
      decisions: [
        { itemId: items[0].id, kind: 'option', option: 0, note: '物业负责登记' },
        { itemId: items[1].id, kind: 'order', order: { ...sewageOrder, unitCode }, note: '管网老化，社区无力解决' },
      ],
      tasks: [
        { itemId: items[0].id, title: '划线标出访客车位', ownerRole: 'property-company', ownerName: '物业公司', dueDate: localDate(new Date(clock.now().getTime() + 7 * DAY)) },
        { itemId: items[0].id, title: '在居民群公布停车办法', ownerRole: 'community', ownerName: '社区居委会', dueDate: localDate(new Date(clock.now().getTime() + 2 * DAY)) },
      ],
    });
    const outbox = await count(`select count(*) from intake.outbox where tenant_id = $1`);
    const otherDistrict = await api.post(`/deliberation/sessions/${sessionId}/decide`, decisions('bureau-of-another-district'));
    expect(otherDistrict.status).toBe(400);
    expect(otherDistrict.body.details.problems).toEqual([{ field: 'decisions[1].order.unitCode', reason: 'order-to-a-unit-of-this-district: no unit "bureau-of-another-district" in this district' }]);
    expect((await api.get(`/deliberation/sessions/${sessionId}`)).body.state).toBe('held');
    expect(await count(`select count(*) from intake.outbox where tenant_id = $1`)).toBe(outbox);
    expect(await count(`select count(*) from intake.deliberation_tasks where session_id = $1`, [sessionId])).toBe(0);

    const decided = await api.post(`/deliberation/sessions/${sessionId}/decide`, decisions('water-authority'));
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ state: 'decided', allowedActions: ['complete-task', 'close'] });
    expect(decided.body.agenda[0].decision).toEqual({ kind: 'option', option: 0, optionText: '划定访客车位', note: '物业负责登记' });
    expect(decided.body.agenda[1].decision).toMatchObject({ kind: 'order', unitCode: 'water-authority', unitName: '区水务局' });
    sewageRequest = decided.body.agenda[1].decision.requestId;
    expect((await api.post(`/deliberation/sessions/${sessionId}/items/${items[0].id}/vote`, { counts: [1, 1] })).status).toBe(409);

    // Drainage in 东华门 goes to the street by the catalogue; the session ordered it from the water authority.
    const assignment = await eventually('the session’s order assigned to the water authority', async () => {
      const list = await api.as(dispatcher).get(`/requests/${sewageRequest}/assignments`);
      return (list.body as Array<{ unitCode: string }>)[0];
    });
    expect(assignment.unitCode).toBe('water-authority');
    const sewage = await eventually('intake to see the sewage order dispatched', async () => {
      const body = (await api.as(agent).get(`/requests/${sewageRequest}`)).body;
      return body?.status === 'dispatched' ? body : undefined;
    });
    expect(sewage).toMatchObject({ channel: 'suggestion-box', status: 'dispatched' });
    expect((await api.get(`/deliberation/issues/${issues.sewage}`)).body).toMatchObject({ state: 'ordered', level: 'community', request: { id: sewageRequest } });
  });

  it('closes the session once every follow-up task is done (one late); its decided issue is solved; the decision is public without names', async () => {
    const tasks = (await api.get(`/deliberation/sessions/${sessionId}`)).body.tasks as Array<{ id: string }>;
    const closeEarly = await api.post(`/deliberation/sessions/${sessionId}/close`);
    expect(closeEarly.status).toBe(409);
    expect(closeEarly.body.details).toMatchObject({ rule: 'close-after-every-task', taskIds: tasks.map((task) => task.id) });
    expect((await api.post(`/deliberation/sessions/${sessionId}/tasks/${tasks[0].id}/done`, { note: '已划线 12 个访客车位' })).body.tasks[0]).toMatchObject({ late: false, note: '已划线 12 个访客车位' });
    expect((await api.post(`/deliberation/sessions/${sessionId}/tasks/${tasks[0].id}/done`, { note: '再次' })).body.details).toMatchObject({ rule: 'task-done-once' });
    clock.advance(3 * DAY);
    expect((await api.get(`/deliberation/sessions/${sessionId}`)).body.tasks[1]).toMatchObject({ doneAt: null, late: true });
    expect((await api.post(`/deliberation/sessions/${sessionId}/tasks/${tasks[1].id}/done`, { note: '已公布' })).body.tasks[1].late).toBe(true);

    const closed = await api.post(`/deliberation/sessions/${sessionId}/close`);
    expect(closed.body).toMatchObject({ state: 'closed', allowedActions: [] });
    expect((await api.get(`/deliberation/issues/${issues.parking}`)).body.state).toBe('solved');

    // Readers: the district's supervisors read; another unit finds nothing; residents read only the public decisions.
    expect((await api.as(supervisor).get(`/deliberation/sessions/${sessionId}`)).status).toBe(200);
    expect((await api.as(housingStaff).get(`/deliberation/sessions/${sessionId}`)).status).toBe(404);
    expect((await api.as(jingshanLiaison).get('/deliberation/issues')).body).toEqual([]);
    expect((await api.as(resident).get('/deliberation/sessions')).status).toBe(403);
    const published = await publicDecisions();
    expect(published).toEqual([
      expect.objectContaining({
        sessionId,
        state: 'closed',
        parties: ['community', 'owners-committee', 'property-company', 'residents-representative', 'other'],
        items: [
          { issueText: '小区停车难，外来车辆乱停', options: ['划定访客车位', '安装道闸收费'], counts: [4, 1], decision: { kind: 'option', optionText: '划定访客车位' } },
          { issueText: '12号院化粪池反复外溢', options: ['物业再次清掏', '报请区水务局改造管网'], counts: [1, 3], decision: { kind: 'order', unitName: '区水务局', orderNo: expect.any(String) } },
        ],
      }),
    ]);
    expect(JSON.stringify(published)).not.toContain('业委会主任王某');
    expect((await api.as(resident).get(`/public/deliberation/decisions?community=${COMMUNITY}`)).body).toHaveLength(1);
  });

  it("counts the month as Lin'an publishes it, with the orders' outcomes from the request history", async () => {
    // The lift order is handled, answered solved and the community's contact is satisfied.
    const assignment = await eventually('lift assignment', async () => ((await api.as(dispatcher).get(`/requests/${liftRequest}/assignments`)).body as Array<{ id: string }>)[0]);
    expect((await api.as(housingStaff).post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
    await eventually('signed in feedback', async () => ((await api.as(agent).get(`/requests/${liftRequest}/feedback`)).body?.status === 'signed' ? true : undefined));
    expect((await api.as(housingStaff).post(`/assignments/${assignment.id}/reply`, { outcome: 'solved', text: '已组织业主协商，达成加装方案。' })).status).toBe(201);
    const { etag } = await eventually('replied in feedback', async () => {
      const response = await api.as(agent).get(`/requests/${liftRequest}/feedback`);
      return response.body?.status === 'replied' ? response : undefined;
    });
    expect((await api.as(agent).post(`/requests/${liftRequest}/callbacks`, { reached: true, solved: true, satisfaction: 'basically-satisfied' }, { 'if-match': etag! })).status).toBe(201);

    // By hand, for the six issues collected in March: 2 self-solved, parking solved by the closed
    // session, lift ordered and solved, sewage ordered and in progress, the door still untriaged.
    const expected = {
      accepted: 6,
      solved: 4,
      selfSolved: 2,
      selfSolvedShare: 33.33,
      communityLevel: 1,
      departmentLevel: 2,
      pending: 1,
      sessionsHeld: 1,
      ordered: { count: 2, solved: 1, notSolved: 0, inProgress: 1, rated: 1, satisfied: 1, satisfactionRate: 100 },
    };
    const figures = await eventually('the lift order closed in intake’s history', async () => {
      const response = await api.as(supervisor).get(`/deliberation/statistics?month=${month}`);
      // Callback, rating and closing arrive as separate events: wait until all are counted.
      return isDeepStrictEqual(response.body?.total, expected) ? response.body : undefined;
    });
    expect(figures).toEqual({ month, community: null, total: expected, communities: [{ communityAreaCode: COMMUNITY, communityName: '南池子社区', ...expected }] });
    expect((await api.get(`/deliberation/statistics?month=${month}&community=${COMMUNITY}`)).body.total).toEqual(expected);
    // The demo seed counts in its own month; another street's liaison sees none of this community.
    expect((await api.as(jingshanLiaison).get(`/deliberation/statistics?month=${month}`)).body.total.accepted).toBe(0);
    expect((await api.as(supervisor).get('/deliberation/statistics?month=2026-13')).status).toBe(400);
    expect((await api.as(admin).get(`/deliberation/issues?month=${month}&state=ordered`)).body.map((issue: { id: string }) => issue.id).sort()).toEqual([issues.lift, issues.sewage].sort());
  });
});
