import { localMonth } from '@civicloop/clock';
import { ApiClient, eventually, freshTenantId, type Identity } from '../support/api/api-client';
import { agent, dispatcher, drainageRequest, operator, resident, supervisor } from '../support/api/demo-people';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';

jest.setTimeout(180_000);

const waterStaff: Identity = { userId: 'water-1', roles: ['unit-staff'], unitCodes: ['water-authority'] };
const housingManager: Identity = { userId: 'housing-m', roles: ['unit-manager'], unitCodes: ['housing-bureau'] };
const districtAdmin: Identity = { userId: 'admin-1', roles: ['district-admin'] };

/**
 * The rule book's triage outcomes, duplicates (并单) and knowledge base (知识库) through the gateway,
 * in the distributed mode (five processes, PostgreSQL, JetStream).
 */
describe('triage, duplicates and the knowledge base (distributed)', () => {
  let stack: DistributedStack;
  let tenantId: string;
  let api: ApiClient;

  /** Without a bearer token, as a resident or anyone on the public portal. */
  async function anonymous(path: string) {
    const response = await fetch(`${stack.gateway.url}/api/v1${path}`);
    return { status: response.status, body: (await response.json()) as any };
  }

  /** PUT as a signed-in user (the shared ApiClient has no PUT). */
  async function put(identity: Identity, path: string, body: unknown) {
    const token = await stack.gateway.tokens(identity, tenantId);
    const response = await fetch(`${stack.gateway.url}/api/v1${path}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }

  function statusOf(id: string, wanted: string, as: ApiClient = api) {
    return eventually(`request ${id} to be ${wanted}`, async () => {
      const response = await as.get(`/requests/${id}`);
      return response.body?.status === wanted ? response.body : undefined;
    });
  }

  async function searchPublished(q: string) {
    const found = await api.get(`/knowledge/articles?q=${encodeURIComponent(q)}`);
    expect(found.status).toBe(200);
    return found.body as Array<{ id: string; title: string; status: string; relevance: number }>;
  }

  beforeAll(async () => {
    stack = await startDistributedStack('triage');
    tenantId = freshTenantId('kb');
    const opened = await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '知识区', template: 'demo' });
    expect(opened.status).toBe(201);
    api = new ApiClient(stack.gateway, tenantId, agent);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('finds the demo district’s published articles in Chinese without a token, most relevant first', async () => {
    const found = await anonymous(`/knowledge/articles?q=${encodeURIComponent('停水通知')}&district=${tenantId}`);
    expect(found.status).toBe(200);
    expect(found.body[0]).toMatchObject({ title: '计划停水通知在哪里查询', status: 'published', validToday: true });
    expect(found.body[0].relevance).toBeGreaterThan(0.5);
    const article = await anonymous(`/knowledge/articles/${found.body[0].id}?district=${tenantId}`);
    expect(article.status).toBe(200);
    expect(article.body.body).toContain('临时供水点');
    const noDistrict = await anonymous(`/knowledge/articles?q=${encodeURIComponent('停水')}`);
    expect(noDistrict.status).toBe(400);
    expect(noDistrict.body.details.problems[0].field).toBe('district');
  });

  it('answers a consultation from the knowledge base at registration: never dispatched, not in the rates, the answer cites the article', async () => {
    const [article] = await searchPublished('停水');
    const consultation = drainageRequest({ type: 'consultation', categoryCode: 'utilities.water.outage', description: '请问小区计划停水的通知在哪里可以查到？', residentPhone: '13900000001' });
    const unpublished = await api.post('/requests', { ...consultation, triage: { outcome: 'answered', reason: '按知识库答复', articleId: '00000000-0000-4000-8000-000000000000' } });
    expect(unpublished.status).toBe(400);
    expect(unpublished.body.details.problems).toEqual([{ field: 'triage.articleId', reason: 'no such article in this district' }]);
    const complaint = await api.post('/requests', { ...consultation, type: 'complaint', triage: { outcome: 'answered', reason: '按知识库答复', articleId: article.id } });
    expect(complaint.status).toBe(400);
    expect(complaint.body.details.problems[0].field).toBe('triage.outcome');
    expect((await api.get('/requests?phone=13900000001')).body).toEqual([]);

    const answered = await api.post('/requests', { ...consultation, triage: { outcome: 'answered', reason: '已按知识库答复来电人', articleId: article.id } });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ status: 'triaged', duplicates: [] });

    // A request registered after it is dispatched by the same catalogue rule: by then dispatch has seen both.
    const sentinel = await api.post('/requests', drainageRequest({ categoryCode: 'utilities.water.outage', description: '整栋楼停水一天了', address: '灯市口大街 3 号' }));
    await statusOf(sentinel.body.id, 'dispatched');
    const view = (await api.get(`/requests/${answered.body.id}`)).body;
    expect(view).toMatchObject({ status: 'triaged', triage: { outcome: 'answered', reason: '已按知识库答复来电人', article: { id: article.id, title: article.title } } });
    expect((await api.get(`/requests/${answered.body.id}/assignments`)).body).toEqual([]);
    const history = (await api.get(`/requests/${answered.body.id}/history`)).body.map((entry: { type: string }) => entry.type);
    expect(history).toEqual(['request.registered', 'request.triaged']);
    const water = await eventually('the rates to count the sentinel', async () => {
      const rows = (await api.as(supervisor).get(`/reports/unit-rates?month=${localMonth(new Date())}`)).body.units;
      return rows.find((row: { unitCode: string; dispatched: number }) => row.unitCode === 'water-authority' && row.dispatched > 0);
    });
    expect(water.dispatched).toBe(1);
  });

  it('tells the resident the answer and the article when an agent answers their queued consultation', async () => {
    const [article] = await searchPublished('物业收费');
    const mine = api.as(resident);
    const raised = await mine.post('/requests', drainageRequest({ channel: 'app', type: 'consultation', categoryCode: 'housing.property', description: '物业费的收费标准在哪里公示？', address: '南池子大街 80 号' }));
    expect(raised.status).toBe(201);
    await statusOf(raised.body.id, 'queued');
    expect((await mine.post(`/requests/${raised.body.id}/triage`, { outcome: 'answered', reason: '自己答复', articleId: article.id })).status).toBe(403);
    const answered = await api.post(`/requests/${raised.body.id}/triage`, { outcome: 'answered', reason: '已告知物业收费公示要求及投诉渠道', articleId: article.id });
    expect(answered.status).toBe(200);
    const seen = (await mine.get(`/requests/${raised.body.id}`)).body;
    expect(seen).toMatchObject({ status: 'triaged', triage: { outcome: 'answered', reason: '已告知物业收费公示要求及投诉渠道', article: { id: article.id, title: '物业服务收费标准和投诉渠道' } } });
    const cited = await anonymous(`/knowledge/articles/${article.id}?district=${tenantId}`);
    expect(cited.body.title).toBe('物业服务收费标准和投诉渠道');
    expect(await eventually('dispatch to drop the triaged request from its queue', async () => {
      const waiting = ((await api.as(dispatcher).get('/dispatch/queue')).body as Array<{ requestId: string }>).some((item) => item.requestId === raised.body.id);
      return waiting ? undefined : true;
    })).toBe(true);
  });

  it('hands a queued request to 120, and refuses to triage a dispatched one with 409', async () => {
    const queued = await api.post('/requests', drainageRequest({ type: 'help', categoryCode: 'housing.property', description: '楼里有老人摔倒昏迷', address: '南池子大街 90 号' }));
    await statusOf(queued.body.id, 'queued');
    const withoutService = await api.post(`/requests/${queued.body.id}/triage`, { outcome: 'handed-to-emergency', reason: '人身安全紧急' });
    expect(withoutService.status).toBe(400);
    expect(withoutService.body.details.problems).toEqual([{ field: 'emergencyService', reason: 'required when the outcome is handed-to-emergency' }]);
    const handed = await api.as(dispatcher).post(`/requests/${queued.body.id}/triage`, { outcome: 'handed-to-emergency', reason: '已转 120 急救', emergencyService: '120' });
    expect(handed.status).toBe(200);
    expect((await api.get(`/requests/${queued.body.id}`)).body.triage).toMatchObject({ outcome: 'handed-to-emergency', emergencyService: '120', reason: '已转 120 急救' });

    const dispatched = await api.post('/requests', drainageRequest({ address: '南池子大街 100 号', description: '雨水井盖缺失' }));
    await statusOf(dispatched.body.id, 'dispatched');
    const late = await api.post(`/requests/${dispatched.body.id}/triage`, { outcome: 'out-of-scope', reason: '不属于受理范围' });
    expect(late.status).toBe(409);
    expect(late.body.details.state).toBe('dispatched');
    expect(late.body.details.allowed).toContain('sign');
    expect((await api.get(`/requests/${dispatched.body.id}`)).body.triage).toBeNull();
  });

  it('offers a duplicate at the same address with a similar description, and merges it: its resident sees the covering order', async () => {
    const address = '南池子大街 12 号院';
    const first = await api.post('/requests', drainageRequest({ categoryCode: 'housing.property', description: '小区物业不清理楼道堆放的杂物，存在消防隐患', address }));
    await statusOf(first.body.id, 'queued');
    const draft = { categoryCode: 'housing.property', areaCode: 'donghua.nanchizi', address: '南池子大街12号院', description: '楼道杂物堆放，物业不清理，有消防隐患' };
    const offered = await api.post('/requests/similar', draft);
    expect(offered.status).toBe(200);
    expect(offered.body[0]).toMatchObject({ id: first.body.id, orderNo: first.body.orderNo, status: 'queued', reason: 'same-address' });
    expect(offered.body[0].similarity).toBeGreaterThan(0.3);
    expect(offered.body[0]).not.toHaveProperty('resident');
    expect((await api.post('/requests/similar', { ...draft, latitude: 39.9 })).status).toBe(400);

    // The resident raising it in the app is offered only requests in their own view: none here.
    const mine = api.as(resident);
    const second = await mine.post('/requests', drainageRequest({ channel: 'app', ...draft, latitude: 39.9139, longitude: 116.4006 }));
    expect(second.status).toBe(201);
    expect(second.body.duplicates).toEqual([]);
    expect((await api.get(`/requests/${second.body.id}/similar`)).body[0]).toMatchObject({ id: first.body.id, orderNo: first.body.orderNo, reason: 'same-address' });
    const third = await api.post('/requests', drainageRequest({ ...draft, address: '南池子大街 12 号院', residentPhone: '13900000003' }));
    expect(third.body.duplicates.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([first.body.id, second.body.id]));

    expect((await api.post(`/requests/${second.body.id}/merge`, { primaryRequestId: second.body.id, reason: '重复' })).status).toBe(400);
    expect((await api.post(`/requests/${second.body.id}/merge`, { primaryRequestId: '00000000-0000-4000-8000-000000000000', reason: '重复' })).status).toBe(404);
    const merged = await api.as(dispatcher).post(`/requests/${second.body.id}/merge`, { primaryRequestId: first.body.id, reason: '同一地址同一问题' });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ status: 'merged', mergedInto: { id: first.body.id, orderNo: first.body.orderNo } });

    const seen = (await mine.get(`/requests/${second.body.id}`)).body;
    expect(seen).toMatchObject({ status: 'merged', mergedInto: { id: first.body.id, orderNo: first.body.orderNo, reason: '同一地址同一问题' } });
    const primary = (await api.get(`/requests/${first.body.id}`)).body;
    expect(primary.mergedRequests).toEqual([expect.objectContaining({ id: second.body.id, orderNo: second.body.orderNo, status: 'merged' })]);
    // A merged request is no longer offered, and takes no further merge.
    expect((await api.post('/requests/similar', draft)).body.map((d: { id: string }) => d.id)).not.toContain(second.body.id);
    const again = await api.post(`/requests/${second.body.id}/merge`, { primaryRequestId: first.body.id, reason: '重复' });
    expect(again.status).toBe(409);
    expect(again.body.details.state).toBe('merged');
  });

  it('publishes a unit’s draft article after the district’s review, and then finds it', async () => {
    const unit = api.as(waterStaff);
    const article = {
      title: '二次供水水箱清洗时间',
      body: '居民楼二次供水水箱每半年清洗消毒一次，清洗期间暂停供水约 4 小时，物业须提前两天张贴通知。',
      categoryCodes: ['utilities.water'],
      ownerUnitCode: 'water-authority',
      validFrom: '2025-01-01',
    };
    expect((await api.as(housingManager).post('/knowledge/articles', article)).status).toBe(403);
    const unknownCategory = await unit.post('/knowledge/articles', { ...article, categoryCodes: ['no.such'] });
    expect(unknownCategory.status).toBe(400);
    expect(unknownCategory.body.details.problems[0].field).toBe('categoryCodes');
    const draft = await unit.post('/knowledge/articles', article);
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', version: 1 });
    const id = draft.body.id;

    const publicSearch = () => anonymous(`/knowledge/articles?q=${encodeURIComponent('水箱清洗')}&district=${tenantId}`);
    expect((await publicSearch()).body).toEqual([]);
    expect((await anonymous(`/knowledge/articles/${id}?district=${tenantId}`)).status).toBe(404);
    expect((await api.as(housingManager).get(`/knowledge/articles/${id}`)).status).toBe(404);
    expect((await api.as(districtAdmin).post(`/knowledge/articles/${id}/review`, { decision: 'approve', note: '同意' })).status).toBe(409);

    expect((await unit.post(`/knowledge/articles/${id}/submit`)).status).toBe(200);
    const queue = (await api.as(districtAdmin).get('/knowledge/articles?status=in-review')).body;
    expect(queue.map((a: { id: string }) => a.id)).toContain(id);
    expect((await unit.post(`/knowledge/articles/${id}/review`, { decision: 'approve', note: '自批' })).status).toBe(403);
    const noNote = await api.as(supervisor).post(`/knowledge/articles/${id}/review`, { decision: 'reject' });
    expect(noNote.status).toBe(400);
    const rejected = await api.as(supervisor).post(`/knowledge/articles/${id}/review`, { decision: 'reject', note: '请写明通知张贴位置' });
    expect(rejected.body).toMatchObject({ status: 'rejected', review: { note: '请写明通知张贴位置' } });
    const edited = await put(waterStaff, `/knowledge/articles/${id}`, { ...article, body: `${article.body}通知张贴在单元门口公告栏。` });
    expect(edited.body).toMatchObject({ status: 'draft', version: 4 });
    await unit.post(`/knowledge/articles/${id}/submit`);
    const published = await api.as(districtAdmin).post(`/knowledge/articles/${id}/review`, { decision: 'approve', note: '同意发布' });
    expect(published.body).toMatchObject({ status: 'published', review: { by: expect.stringContaining(districtAdmin.userId), note: '同意发布' } });

    const found = await publicSearch();
    expect(found.body[0]).toMatchObject({ id, title: '二次供水水箱清洗时间' });
    const byCategory = await anonymous(`/knowledge/articles?q=${encodeURIComponent('供水')}&category=utilities.water.outage&district=${tenantId}`);
    expect(byCategory.body.map((a: { id: string }) => a.id)).toContain(id);
    const otherCategory = await anonymous(`/knowledge/articles?q=${encodeURIComponent('供水')}&category=traffic&district=${tenantId}`);
    expect(otherCategory.body).toEqual([]);
  });
});
