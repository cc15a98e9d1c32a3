// Assessment (考核) through the gateway in the distributed mode: the district's weights, appeals
// accepted and rejected, an order flagged unreasonable, and a published ranking that stays frozen
// while an appeal accepted afterwards publishes a corrected version beside it.
import { ApiClient, eventually, freshTenantId, type Identity } from '../support/api/api-client';
import { agent, dispatcher, donghuaStaff, drainageRequest, jingshanStaff, operator, supervisor } from '../support/api/demo-people';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { TestClock } from '../support/stack/test-clock';
import { apiPut } from '../fixtures/api-put';

jest.setTimeout(180_000);

const admin: Identity = { userId: 'admin-1', roles: ['district-admin'] };
const DAY = 24 * 3600_000;

describe('assessment: appeals, unreasonable orders, weights and published rankings', () => {
  const clock = new TestClock();
  let stack: DistributedStack;
  let tenantId: string;
  let api: ApiClient;
  let month: string;
  const assignments: string[] = [];
  const requests: string[] = [];

  const monthNow = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(clock.now());
  const donghuaRates = async () => {
    const { body } = await api.as(supervisor).get(`/reports/rates?month=${month}&level=unit`);
    return { row: body.rows.find((row: { code: string }) => row.code === 'street-donghua'), exclusions: body.exclusions };
  };

  beforeAll(async () => {
    stack = await startDistributedStack('assess', {}, clock.env);
    tenantId = freshTenantId('assess');
    await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '考核区', template: 'demo' });
    api = new ApiClient(stack.gateway, tenantId, agent);
    month = monthNow();
    // Four drainage complaints in 南池子: the catalogue sends each to 东华门街道, which signs each at once.
    for (let n = 0; n < 4; n += 1) {
      const { body } = await api.post('/requests', drainageRequest({ residentPhone: `1380013${String(n).padStart(4, '0')}` }));
      requests.push(body.id);
      const [assignment] = await eventually('the assignment', async () => {
        const { body: list } = await api.as(dispatcher).get(`/requests/${body.id}/assignments`);
        return list.length > 0 ? list : undefined;
      });
      assignments.push(assignment.id);
      expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
    }
    await eventually('reporting counts the four assignments', async () => ((await donghuaRates()).row?.signedOnTime === 4 ? true : undefined));
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe("the district's weights", () => {
    it('are the published example until the admin sets them', async () => {
      expect((await api.as(supervisor).get('/assessment/weights')).body).toMatchObject({ response: 0.1, resolution: 0.5, satisfaction: 0.4, basicallySatisfiedWeight: 0.9, setByDistrict: false });
    });

    it('refuse part weights that do not add up to 1, and change nothing', async () => {
      const refused = await apiPut(stack.gateway, tenantId, admin, '/assessment/weights', { response: 0.3, resolution: 0.5, satisfaction: 0.4 });
      expect(refused).toMatchObject({ status: 400, body: { code: 'validation-failed', details: { problems: [{ field: 'weights' }] } } });
      expect(refused.body.message).toContain('add up to 1');
      expect((await api.as(supervisor).get('/assessment/weights')).body.setByDistrict).toBe(false);
    });

    it('refuse a weight above 1 at the edge, naming the field', async () => {
      const refused = await apiPut(stack.gateway, tenantId, admin, '/assessment/weights', { response: 0.1, resolution: 0.5, satisfaction: 0.4, basicallySatisfiedWeight: 1.2 });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain('basicallySatisfiedWeight');
    });

    it('may be set by a district admin only', async () => {
      expect((await apiPut(stack.gateway, tenantId, supervisor, '/assessment/weights', { response: 0.2, resolution: 0.4, satisfaction: 0.4 })).status).toBe(403);
      const set = await apiPut(stack.gateway, tenantId, admin, '/assessment/weights', { response: 0.2, resolution: 0.4, satisfaction: 0.4, basicallySatisfiedWeight: 0.8 });
      expect(set).toMatchObject({ status: 200, body: { response: 0.2, resolution: 0.4, satisfaction: 0.4, basicallySatisfiedWeight: 0.8, setByDistrict: true } });
      expect((await api.as(supervisor).get(`/reports/rates?month=${month}`)).body.weights).toMatchObject({ response: 0.2, basicallySatisfiedWeight: 0.8 });
    });
  });

  describe('an appeal (考核申诉)', () => {
    let rejectedId: string;

    it('is made by the unit with a reason, once per assignment', async () => {
      const made = await api.as(donghuaStaff).post('/assessment/appeals', { assignmentId: assignments[0], reason: '居民所留地址有误，现场多次核实。' });
      expect(made).toMatchObject({ status: 201, body: { assignmentId: assignments[0], requestId: requests[0], unitCode: 'street-donghua', state: 'pending' } });
      rejectedId = made.body.appealId;
      const again = await api.as(donghuaStaff).post('/assessment/appeals', { assignmentId: assignments[0], reason: '再次申诉。' });
      expect(again).toMatchObject({ status: 409, body: { details: { state: 'appealed (pending)' } } });
    });

    it("is 404 for another unit's or an unknown assignment, 403 for anyone but the unit, 400 without a reason", async () => {
      expect((await api.as(jingshanStaff).post('/assessment/appeals', { assignmentId: assignments[1], reason: '不是我们的单。' })).status).toBe(404);
      expect((await api.as(donghuaStaff).post('/assessment/appeals', { assignmentId: '00000000-0000-4000-8000-000000000000', reason: '无此单。' })).status).toBe(404);
      expect((await api.as(supervisor).post('/assessment/appeals', { assignmentId: assignments[1], reason: '督办员代为申诉。' })).status).toBe(403);
      const noReason = await api.as(donghuaStaff).post('/assessment/appeals', { assignmentId: assignments[1] });
      expect(noReason.status).toBe(400);
      expect(noReason.body.message).toContain('reason');
    });

    it('rejected by a supervisor with a note leaves the order counted', async () => {
      expect((await api.as(supervisor).post(`/assessment/appeals/${rejectedId}/decision`, { decision: 'reject' })).status).toBe(400);
      expect((await api.as(donghuaStaff).post(`/assessment/appeals/${rejectedId}/decision`, { decision: 'accept' })).status).toBe(403);
      const rejected = await api.as(supervisor).post(`/assessment/appeals/${rejectedId}/decision`, { decision: 'reject', note: '地址核实属于正常工作范围。' });
      expect(rejected).toMatchObject({ status: 200, body: { state: 'rejected', note: '地址核实属于正常工作范围。', decidedBy: expect.stringContaining(supervisor.userId) } });
      expect((await api.as(supervisor).post('/assessment/appeals/00000000-0000-4000-8000-000000000000/decision', { decision: 'accept' })).status).toBe(404);
      const again = await api.as(supervisor).post(`/assessment/appeals/${rejectedId}/decision`, { decision: 'accept' });
      expect(again).toMatchObject({ status: 409, body: { details: { state: 'rejected' } } });
      expect((await donghuaRates()).row).toMatchObject({ dispatched: 4, signedOnTime: 4 });
    });

    it('accepted by a supervisor takes the order out of the unit’s rates, with the reason in the report', async () => {
      const { body: appeal } = await api.as(donghuaStaff).post('/assessment/appeals', { assignmentId: assignments[1], reason: '该井盖属市政管网，非街道职责。' });
      const accepted = await api.as(supervisor).post(`/assessment/appeals/${appeal.appealId}/decision`, { decision: 'accept', note: '情况属实。' });
      expect(accepted).toMatchObject({ status: 200, body: { state: 'accepted', correctedRankingVersions: [] } });
      const { row, exclusions } = await donghuaRates();
      expect(row).toMatchObject({ dispatched: 3, signedOnTime: 3, excluded: { assignments: 1, callbacks: 0 } });
      expect(exclusions).toEqual([
        expect.objectContaining({ kind: 'appeal-accepted', assignmentId: assignments[1], unitCode: 'street-donghua', reason: '该井盖属市政管网，非街道职责。', note: '情况属实。', response: true }),
      ]);
    });

    it('is listed by state: every appeal for the supervisor, its own for the unit, none for another unit', async () => {
      expect((await api.as(supervisor).get('/assessment/appeals?state=accepted')).body.map((a: { assignmentId: string }) => a.assignmentId)).toEqual([assignments[1]]);
      expect((await api.as(supervisor).get('/assessment/appeals')).body).toHaveLength(2);
      expect((await api.as(donghuaStaff).get('/assessment/appeals?state=rejected')).body.map((a: { assignmentId: string }) => a.assignmentId)).toEqual([assignments[0]]);
      expect((await api.as(jingshanStaff).get('/assessment/appeals')).body).toEqual([]);
      expect((await api.as(supervisor).get('/assessment/appeals?state=maybe')).status).toBe(400);
    });
  });

  describe('an order flagged unreasonable (恶意/无理)', () => {
    it('is flagged by a supervisor with a reason, once, and leaves every rate', async () => {
      expect((await api.as(dispatcher).post(`/assessment/requests/${requests[2]}/unreasonable`, { reason: '反复无理诉求。' })).status).toBe(403);
      expect((await api.as(supervisor).post('/assessment/requests/00000000-0000-4000-8000-000000000000/unreasonable', { reason: '无此单。' })).status).toBe(404);
      const flagged = await api.as(supervisor).post(`/assessment/requests/${requests[2]}/unreasonable`, { reason: '同一诉求人反复无理诉求。' });
      expect(flagged).toMatchObject({ status: 201, body: { requestId: requests[2], reason: '同一诉求人反复无理诉求。' } });
      expect((await api.as(supervisor).post(`/assessment/requests/${requests[2]}/unreasonable`, { reason: '再标记一次。' })).status).toBe(409);
      const { row, exclusions } = await donghuaRates();
      expect(row).toMatchObject({ dispatched: 2, signedOnTime: 2, excluded: { assignments: 2 } });
      expect(exclusions).toContainEqual(expect.objectContaining({ kind: 'unreasonable', requestId: requests[2], unitCode: 'street-donghua', reason: '同一诉求人反复无理诉求。' }));
    });
  });

  describe('the rates by street and district, and the trend', () => {
    it('give a street its own and its communities’ orders, and the district one row', async () => {
      const streets = (await api.as(supervisor).get(`/reports/rates?month=${month}&level=street`)).body.rows;
      expect(streets.map((row: { code: string }) => row.code).sort()).toEqual(['street-donghua', 'street-jingshan']);
      expect(streets.find((row: { code: string }) => row.code === 'street-donghua')).toMatchObject({ dispatched: 2, rank: 1 });
      const district = (await api.as(supervisor).get(`/reports/rates?month=${month}&level=district`)).body.rows;
      expect(district).toEqual([expect.objectContaining({ code: 'district', dispatched: 2, signedOnTime: 2, responseRate: 1 })]);
    });

    it('show a unit only its own rows, and refuse an unknown level', async () => {
      const { body } = await api.as(jingshanStaff).get(`/reports/rates?month=${month}&level=unit`);
      expect(body.rows).toEqual([]);
      expect(body.exclusions).toEqual([]);
      expect((await api.as(supervisor).get(`/reports/rates?month=${month}&level=planet`)).status).toBe(400);
    });

    it('trace a unit month by month, ending with the current month', async () => {
      const { body } = await api.as(donghuaStaff).get('/reports/rates/trend?unitCode=street-donghua&months=3');
      expect(body.months.map((point: { month: string }) => point.month).at(-1)).toBe(month);
      expect(body.months.at(-1)).toMatchObject({ dispatched: 2, responseRate: 1, rank: 1 });
      expect(body.months[0]).toMatchObject({ dispatched: 0, compositeIndex: null, change: null });
      expect((await api.as(jingshanStaff).get('/reports/rates/trend?unitCode=street-donghua')).status).toBe(404);
    });
  });

  describe('a published ranking', () => {
    it('cannot be published before its month has ended, nor by anyone but a supervisor', async () => {
      expect((await api.as(supervisor).post(`/reports/rankings/${month}/publish`)).status).toBe(409);
      expect((await api.as(dispatcher).post(`/reports/rankings/${month}/publish`)).status).toBe(403);
      expect((await api.as(supervisor).post('/reports/rankings/2026-13/publish')).status).toBe(400);
    });

    it('is frozen: an appeal accepted after publication publishes a corrected version beside the first', async () => {
      // Into the next month: the current month is over and may be published.
      clock.advance(31 * DAY - (clock.now().getTime() % DAY));
      expect(monthNow()).not.toBe(month);
      const first = await api.as(supervisor).post(`/reports/rankings/${month}/publish`);
      expect(first).toMatchObject({ status: 201, body: { month, version: 1 } });
      expect((await api.as(supervisor).post(`/reports/rankings/${month}/publish`)).status).toBe(409);

      const { body: appeal } = await api.as(donghuaStaff).post('/assessment/appeals', { assignmentId: assignments[3], reason: '居民撤回诉求后重复派单。' });
      const accepted = await api.as(supervisor).post(`/assessment/appeals/${appeal.appealId}/decision`, { decision: 'accept', note: '属实。' });
      expect(accepted.body.correctedRankingVersions).toEqual([2]);

      const { body } = await api.as(supervisor).get(`/reports/rankings/${month}`);
      expect(body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
      const donghua = (version: { unit: Array<{ code: string }> }) => version.unit.find((row) => row.code === 'street-donghua');
      expect(donghua(body.versions[0])).toMatchObject({ dispatched: 2, signedOnTime: 2 });
      expect(donghua(body.versions[1])).toMatchObject({ dispatched: 1, signedOnTime: 1 });
      expect(body.versions[1].reason).toContain('居民撤回诉求后重复派单');
      expect(body.versions[0].weights).toEqual({ response: 0.2, resolution: 0.4, satisfaction: 0.4, basicallySatisfiedWeight: 0.8 });
    });

    it('gets no new version from an appeal rejected after publication', async () => {
      const { body: list } = await api.as(supervisor).get('/assessment/appeals?state=pending');
      expect(list).toEqual([]);
      expect((await api.as(supervisor).get(`/reports/rankings/${month}`)).body.versions).toHaveLength(2);
    });
  });
});
