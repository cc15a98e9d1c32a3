import { localDate } from '@civicloop/clock';
import { lastWeekdayOfMonth } from '../../libs/intake/src/engagement/rules/recurrence';
import { ApiClient, eventually, freshTenantId, type Identity } from '../support/api/api-client';
import { agent, dispatcher, jingshanStaff, operator, resident, supervisor } from '../support/api/demo-people';
import { withClient } from '../support/stack/test-database';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { TestClock } from '../support/stack/test-clock';

jest.setTimeout(300_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const admin: Identity = { userId: 'admin-1', roles: ['district-admin'] };
const liaison: Identity = { userId: 'liaison-1', roles: ['liaison'], unitCodes: ['street-jingshan'] };
const donghuaLiaison: Identity = { userId: 'liaison-2', roles: ['liaison'], unitCodes: ['street-donghua'] };
/** The people's-congress deputy's own account, linked in the registry by the token's subject (local:<user>). */
const deputyAccount: Identity = { userId: 'deputy-1', roles: ['deputy'] };
const subjectOf = (identity: Identity) => `local:${identity.userId}`;
const otherDeputyAccount: Identity = { userId: 'deputy-9', roles: ['deputy'] };
const trafficStaff: Identity = { userId: 'traffic-1', roles: ['unit-staff'], unitCodes: ['traffic-police'] };
const waterStaff: Identity = { userId: 'water-1', roles: ['unit-staff'], unitCodes: ['water-authority'] };

/**
 * Changning's eight steps (两代表一委员联合接待) through the gateway in the distributed mode, on
 * virtual time: the registry, a street's annual plan, announcement and registration, preparation,
 * the reception, work letters whose issues become requests in the closed loop, the reply chain with
 * one leg late and escalated, the archive and the month's statistics.
 */
describe('reception days, all eight steps (distributed, virtual time)', () => {
  const clock = new TestClock();
  let stack: DistributedStack;
  let api: ApiClient;
  let tenantId: string;
  // Next year's January reception day: the last Thursday of January, 10:00 in Beijing.
  const year = Number(localDate(new Date()).slice(0, 4)) + 1;
  const receptionDate = lastWeekdayOfMonth(year, 1, 4);
  const at10 = (date: string) => new Date(`${date}T10:00:00+08:00`);
  const month = `${year}-01`;

  const deputies: Record<'party' | 'peoples' | 'cppcc' | 'cppcc2', string> = { party: '', peoples: '', cppcc: '', cppcc2: '' };
  let planId: string;
  let receptionId: string;
  let issueA: string; // drainage, letter to the street, solved and satisfied
  let issueB: string; // traffic signal, letter to the traffic police, not solved; its first leg late
  let issueC: string; // a consultation answered on the spot
  let requestA: string;
  let requestB: string;
  let letterA: string;

  beforeAll(async () => {
    stack = await startDistributedStack('reception', {}, { ...clock.env, CIVICLOOP_TIMER_INTERVAL_MS: '200' });
    tenantId = freshTenantId('reception');
    expect((await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '接待区', template: 'demo' })).status).toBe(201);
    api = new ApiClient(stack.gateway, tenantId, admin);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const count = (sql: string, params: unknown[]) => withClient(stack.databaseUrl, async (client) => Number((await client.query(sql, params)).rows[0].count));

  it('keeps the deputies’ registry: admins and liaisons write, everyone searches, contacts masked', async () => {
    const save = (who: Identity, body: Record<string, unknown>) => api.as(who).post('/deputies', { level: 'district', homeStation: '景山街道代表联络站', ...body });
    const party = await save(admin, { name: '王书记', body: 'party-congress', profession: '街道工委书记', expertise: ['drainage'], inSystem: true, contact: '13900000011' });
    const peoples = await save(liaison, { name: '李律师', body: 'peoples-congress', profession: '律师', expertise: ['traffic', '交通'], inSystem: false, contact: '13900000012', userId: subjectOf(deputyAccount) });
    const cppcc = await save(admin, { name: '张校长', body: 'cppcc', profession: '中学校长', expertise: ['入学'], inSystem: false, contact: '13900000013' });
    const cppcc2 = await save(admin, { name: '赵医生', body: 'cppcc', level: 'city', profession: '医生', expertise: ['health'], inSystem: false });
    for (const response of [party, peoples, cppcc, cppcc2]) expect(response.status).toBe(201);
    Object.assign(deputies, { party: party.body.id, peoples: peoples.body.id, cppcc: cppcc.body.id, cppcc2: cppcc2.body.id });

    expect((await save(resident, { name: 'x', body: 'cppcc', profession: 'x', expertise: [], inSystem: false })).status).toBe(403);
    const badBody = await save(admin, { name: 'x', body: 'senate', profession: 'x', expertise: [], inSystem: false });
    expect(badBody.status).toBe(400);
    expect(badBody.body.details.problems).toEqual([expect.objectContaining({ field: 'body' })]);
    // One registry entry per account: a second link is refused, naming the rule, and stores nothing.
    const linkedTwice = await save(admin, { name: '重复', body: 'cppcc', profession: 'x', expertise: [], inSystem: false, userId: subjectOf(deputyAccount) });
    expect(linkedTwice.status).toBe(409);
    expect(linkedTwice.body.details.rule).toBe('one-deputy-per-account');

    const names = async (query: string) => ((await api.as(supervisor).get(`/deputies?${query}`)).body as Array<{ name: string }>).map((d) => d.name).sort();
    // The demo district's own deputies (seeded on first use) are in the registry too: filter to ours by station.
    expect(await names('inSystem=true&q=景山')).toEqual(['王书记']);
    expect(await names('body=cppcc&q=景山')).toEqual(['张校长', '赵医生']);
    expect(await names('q=医生')).toEqual(['赵医生']);
    expect(await names('expertise=traffic.signal')).toEqual(['李律师']);
    expect((await api.as(supervisor).get('/deputies?inSystem=maybe')).status).toBe(400);

    expect((await api.as(supervisor).get(`/deputies/${deputies.peoples}`)).body.contact).toBe('139****0012');
    expect((await api.get(`/deputies/${deputies.peoples}`)).body.contact).toBe('13900000012');
    expect((await api.as(deputyAccount).get(`/deputies/${deputies.peoples}`)).body.contact).toBe('13900000012');
    // A deputy finds their own entry by their account; an account linked to none gets 404.
    expect((await api.as(deputyAccount).get('/deputies/me')).body).toMatchObject({ id: deputies.peoples, name: '李律师' });
    expect((await api.as(otherDeputyAccount).get('/deputies/me')).status).toBe(404);
    // Events carry the deputy by id only: no contact on the broker.
    const leaked = await count(`select count(*) from intake.outbox where event_type = 'deputy.saved' and envelope::text like '%13900000012%'`, []);
    expect(leaked).toBe(0);
  });

  it('step 1: plans the street’s year by the last Thursday, rotating places, with a valid team — and refuses an invalid team, naming the rule', async () => {
    const plan = (who: Identity, teams: string[][], composition = 'two-representatives-one-member') =>
      api.as(who).post('/receptions/plans', {
        streetUnitCode: 'street-jingshan',
        year,
        rule: { kind: 'last-weekday-of-month', weekday: 4 },
        communityAreaCodes: ['jingshan.huangcheng', 'jingshan'],
        composition,
        teams: teams.map((deputyIds) => ({ deputyIds })),
      });
    const invalid = await plan(liaison, [[deputies.peoples, deputies.cppcc]]);
    expect(invalid.status).toBe(400);
    const reasons = (invalid.body.details.problems as Array<{ field: string; reason: string }>).map((p) => `${p.field} ${p.reason}`);
    expect(reasons).toEqual([expect.stringMatching(/^teams\[0\] team-needs-an-in-system-member: /), expect.stringMatching(/^teams\[0\] two-representatives-one-member: .*党代表/)]);
    const freeButOutsiders = await plan(liaison, [[deputies.cppcc, deputies.cppcc2]], 'free');
    expect(freeButOutsiders.status).toBe(400);
    expect(freeButOutsiders.body.message).toContain('team-needs-an-in-system-member');
    expect(await count(`select count(*) from intake.reception_plans where tenant_id = $1 and street_unit_code = 'street-jingshan'`, [tenantId])).toBe(0);
    expect((await plan(donghuaLiaison, [[deputies.party, deputies.peoples, deputies.cppcc]])).status).toBe(403);

    const made = await plan(liaison, [[deputies.party, deputies.peoples, deputies.cppcc]]);
    expect(made.status).toBe(201);
    planId = made.body.id;
    const days = made.body.days as Array<{ id: string; date: string; placeAreaCode: string; state: string; team: Array<{ body: string }> }>;
    expect(days).toHaveLength(12);
    expect(days[0]).toMatchObject({ date: receptionDate, placeAreaCode: 'jingshan.huangcheng', state: 'planned' });
    expect(days[1].placeAreaCode).toBe('jingshan');
    expect(days[2].placeAreaCode).toBe('jingshan.huangcheng');
    expect(days[0].team.map((member) => member.body).sort()).toEqual(['cppcc', 'party-congress', 'peoples-congress']);
    receptionId = days[0].id;

    const again = await plan(liaison, [[deputies.party, deputies.peoples, deputies.cppcc]]);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/^one-plan-per-street-and-year/);
  });

  it('step 2: announces a week ahead, publicly, and registers visitors with their topics', async () => {
    clock.jumpTo(new Date(at10(receptionDate).getTime() - 8 * DAY));
    const publicList = async () => {
      const response = await fetch(`${stack.gateway.url}/api/v1/public/receptions?district=${tenantId}`);
      return { status: response.status, body: (await response.json()) as Array<{ id: string; team: Array<{ name: string }> }> };
    };
    expect((await publicList()).body.find((day) => day.id === receptionId)).toBeUndefined();

    const announced = await api.as(liaison).post(`/receptions/${receptionId}/announce`);
    expect(announced.status).toBe(200);
    expect(announced.body).toMatchObject({ state: 'announced', warnings: [] });
    const twice = await api.as(liaison).post(`/receptions/${receptionId}/announce`);
    expect(twice.status).toBe(409);
    expect(twice.body.details).toMatchObject({ state: 'announced', allowed: ['register-visitor', 'prepare', 'hold'] });

    const shown = await publicList();
    expect(shown.status).toBe(200);
    const day = shown.body.find((entry) => entry.id === receptionId)!;
    expect(day).toMatchObject({ date: receptionDate, placeAreaCode: 'jingshan.huangcheng', streetUnitCode: 'street-jingshan' });
    expect(day.team.map((member) => member.name).sort()).toEqual(['张校长', '李律师', '王书记']);
    expect(JSON.stringify(shown.body)).not.toContain('contact');
    expect((await fetch(`${stack.gateway.url}/api/v1/public/receptions`)).status).toBe(400);

    const drainage = await api.as(liaison).post(`/receptions/${receptionId}/registrations`, { visitorName: '赵四', visitorPhone: '13700137001', topic: '胡同口下水道经常堵', categoryCode: 'drainage.blockage' });
    const signal = await api.as(resident).post(`/receptions/${receptionId}/registrations`, { visitorName: '钱五', visitorPhone: '13700137002', topic: '路口信号灯坏了', categoryCode: 'traffic.signal', tags: ['交通'] });
    expect(drainage.status).toBe(201);
    expect(signal.status).toBe(201);
    const unknown = await api.as(liaison).post(`/receptions/${receptionId}/registrations`, { visitorName: '孙六', visitorPhone: '1', topic: 'x', categoryCode: 'no.such' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.problems).toEqual([{ field: 'categoryCode', reason: 'no category "no.such" in this district' }]);
    expect(await count(`select count(*) from intake.reception_registrations where reception_id = $1`, [receptionId])).toBe(2);
  });

  it('step 3: matches the team to the topics by expertise and records the suggestion', async () => {
    const suggestion = await api.as(liaison).get(`/receptions/${receptionId}/preparation`);
    expect(suggestion.status).toBe(200);
    const byTopic = Object.fromEntries(suggestion.body.matches.map((match: { topic: string; suggested: string[] }) => [match.topic, match.suggested]));
    expect(byTopic['胡同口下水道经常堵']).toEqual([deputies.party]);
    expect(byTopic['路口信号灯坏了']).toEqual([deputies.peoples]);
    expect((await api.as(liaison).post(`/receptions/${receptionId}/prepare`)).status).toBe(200);
    const day = (await api.as(liaison).get(`/receptions/${receptionId}`)).body;
    expect(day.registrations.map((r: { matchedDeputyIds: string[] }) => r.matchedDeputyIds)).toEqual([[deputies.party], [deputies.peoples]]);
    // Visitors are masked in the day's view.
    expect(day.registrations[0].visitor).toEqual({ name: '赵*', phone: '137****7001' });
  });

  it('step 4: holds the reception on its date, every resident and issue recorded; a date outside the plan is 409', async () => {
    const registrations = (await api.as(liaison).get(`/receptions/${receptionId}`)).body.registrations as Array<{ id: string; topic: string }>;
    const residents = [
      {
        registrationId: registrations[0].id,
        issues: [{ description: '胡同口下水道经常堵，雨天污水外溢。', type: 'complaint', categoryCode: 'drainage.blockage', areaCode: 'jingshan.huangcheng', address: '景山东街 8 号' }],
      },
      {
        registrationId: registrations[1].id,
        issues: [{ description: '景山前街路口信号灯坏了一个月。', type: 'report', categoryCode: 'traffic.signal', areaCode: 'jingshan', address: '景山前街路口' }],
      },
      {
        name: '孙六',
        phone: '13700137003',
        issues: [{ description: '老年卡在哪里办？', type: 'consultation', categoryCode: 'housing', areaCode: 'jingshan.huangcheng', address: '皇城根社区', solvedOnSite: true, onSiteAnswer: '社区服务站即可办理，已告知所需材料。' }],
      },
    ];
    const dayBefore = localDate(new Date(at10(receptionDate).getTime() - DAY));
    const outside = await api.as(liaison).post(`/receptions/plans/${planId}/receptions`, { date: dayBefore, residents });
    expect(outside.status).toBe(409);
    expect(outside.body.message).toMatch(/^reception-on-a-planned-date: /);
    expect(await count(`select count(*) from intake.reception_issues where reception_id = $1`, [receptionId])).toBe(0);

    const early = await api.as(liaison).post(`/receptions/plans/${planId}/receptions`, { date: receptionDate, residents });
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/^reception-recorded-on-its-day: /);

    clock.jumpTo(at10(receptionDate));
    const held = await api.as(liaison).post(`/receptions/plans/${planId}/receptions`, { date: receptionDate, residents });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({ state: 'held', residentsReceived: 3, warnings: [] });
    expect(held.body.presentDeputyIds.sort()).toEqual([deputies.party, deputies.peoples, deputies.cppcc].sort());
    [issueA, issueB, issueC] = held.body.issueIds;
    expect(await count(`select count(*) from intake.outbox where event_type = 'reception.held' and tenant_id = $1`, [tenantId])).toBe(1);
  });

  it('step 5: deliberation and a work letter to a unit of this district, signed by a deputy; the issue becomes a reception request', async () => {
    const elsewhere = await api.as(liaison).post(`/receptions/issues/${issueB}/letter`, { unitCode: 'police-of-another-district', deliberation: '议', body: '请办理', signedByDeputyId: deputies.peoples });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.details.problems).toEqual([{ field: 'unitCode', reason: 'letter-to-a-unit-of-this-district: no unit "police-of-another-district" in this district' }]);
    expect(await count(`select count(*) from intake.work_letters where issue_id = $1`, [issueB])).toBe(0);

    const a = await api.as(liaison).post(`/receptions/issues/${issueA}/letter`, {
      unitCode: 'street-jingshan',
      deliberation: '三位代表委员现场查看，一致认为应由街道牵头疏通并改造排水管。',
      body: '请于一周内完成疏通，一个月内答复改造方案。',
      signedByDeputyId: deputies.party,
    });
    expect(a.status).toBe(201);
    letterA = a.body.letter.id;
    requestA = a.body.request.id;
    expect(a.body.legs.map((leg: { leg: string; state: string }) => `${leg.leg}:${leg.state}`)).toEqual(['department-to-liaison:open', 'reply-to-deputy:open', 'relay-to-resident:waiting']);
    // A week of natural time from the letter (sent a few real seconds after 10:00 on the virtual clock).
    const week = new Date(a.body.legs[0].dueAt).getTime() - new Date(a.body.letter.sentAt).getTime();
    expect(week).toBe(7 * DAY);

    // The deputy signs the second letter with their own account; the liaison's rights are not needed.
    const notTheirs = await api.as(deputyAccount).post(`/receptions/issues/${issueB}/letter`, { unitCode: 'traffic-police', deliberation: '议', body: '请办理', signedByDeputyId: deputies.party });
    expect(notTheirs.status).toBe(400);
    const b = await api.as(deputyAccount).post(`/receptions/issues/${issueB}/letter`, {
      unitCode: 'traffic-police',
      deliberation: '代表认为信号灯故障影响学生上学安全。',
      body: '请尽快修复景山前街路口信号灯。',
      signedByDeputyId: deputies.peoples,
    });
    expect(b.status).toBe(201);
    requestB = b.body.request.id;

    const onSite = await api.as(liaison).post(`/receptions/issues/${issueC}/letter`, { unitCode: 'street-jingshan', deliberation: '议', body: '请办理', signedByDeputyId: deputies.party });
    expect(onSite.status).toBe(409);
    expect(onSite.body.message).toMatch(/^letter-only-for-open-issues/);

    const printed = await fetch(`${stack.gateway.url}/api/v1/receptions/letters/${letterA}/print`, {
      headers: { authorization: `Bearer ${await stack.gateway.tokens(deputyAccount, tenantId)}` },
    });
    expect(printed.status).toBe(200);
    expect(printed.headers.get('content-type')).toContain('text/html');
    const html = await printed.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('景山街道：');
    expect(html).toContain('党代表：王书记（签名）');
    expect(html).toContain('皇城根社区');

    const request = await eventually('the reception request to be dispatched', async () => {
      const response = await api.as(agent).get(`/requests/${requestA}`);
      return response.body?.status === 'dispatched' ? response.body : undefined;
    });
    expect(request).toMatchObject({ channel: 'reception', currentUnitCode: 'street-jingshan' });
    // Sent to the department the letter names, not wherever the catalogue would send it.
    const lettered = await eventually('the lettered request to reach its unit', async () => {
      const list = await api.as(dispatcher).get(`/requests/${requestB}/assignments`);
      return (list.body as Array<{ unitCode: string; reason: { kind: string; note?: string } }>)[0];
    });
    expect(lettered).toMatchObject({ unitCode: 'traffic-police', reason: { kind: 'manual', note: expect.stringContaining('交办函') } });
  });

  it('step 6: the request runs the closed loop; each leg is answered with who and when; a closed leg is 409', async () => {
    async function handle(requestId: string, staff: Identity, outcome: string, callback: Record<string, unknown>) {
      const assignment = await eventually(`${requestId} dispatched`, async () => {
        const list = await api.as(dispatcher).get(`/requests/${requestId}/assignments`);
        return (list.body as Array<{ id: string; attempt: number }>).find((entry) => entry.attempt === 1);
      });
      expect((await api.as(staff).post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
      await eventually('signed in feedback', async () => ((await api.as(agent).get(`/requests/${requestId}/feedback`)).body?.status === 'signed' ? true : undefined));
      expect((await api.as(staff).post(`/assignments/${assignment.id}/reply`, { outcome, text: '已处理并答复代表。' })).status).toBe(201);
      const { etag } = await eventually('replied in feedback', async () => {
        const response = await api.as(agent).get(`/requests/${requestId}/feedback`);
        return response.body?.status === 'replied' ? response : undefined;
      });
      expect((await api.as(agent).post(`/requests/${requestId}/callbacks`, callback, { 'if-match': etag! })).status).toBe(201);
    }
    await handle(requestA, jingshanStaff, 'solved', { reached: true, solved: true, satisfaction: 'satisfied' });
    await handle(requestB, trafficStaff, 'explained', { reached: true, solved: false, satisfaction: 'not-satisfied' });

    const leg = (issue: string, name: string, who: Identity, note = '已答复') => api.as(who).post(`/receptions/issues/${issue}/legs/${name}/reply`, { note });
    const first = await leg(issueA, 'department-to-liaison', jingshanStaff, '已疏通，正在制定改造方案。');
    expect(first.status).toBe(200);
    expect(first.body.legs[0]).toMatchObject({ state: 'replied', repliedBy: subjectOf(jingshanStaff), late: false });
    const again = await leg(issueA, 'department-to-liaison', jingshanStaff);
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('already replied');
    const relayTooEarly = await leg(issueA, 'relay-to-resident', liaison);
    expect(relayTooEarly.status).toBe(409);
    expect((await leg(issueA, 'reply-to-deputy', waterStaff)).status).toBe(404);
    expect((await leg(issueA, 'reply-to-deputy', jingshanStaff, '改造方案已报区水务局，三月施工。')).status).toBe(200);
    expect((await leg(issueA, 'relay-to-resident', jingshanStaff)).status).toBe(403);
    const relayed = await leg(issueA, 'relay-to-resident', liaison, '已通过居委会告知赵四。');
    expect(relayed.status).toBe(200);
    expect(relayed.body.legs.map((entry: { state: string }) => entry.state)).toEqual(['replied', 'replied', 'replied']);
    expect((await leg(issueB, 'reply-to-deputy', trafficStaff, '信号灯已列入维修计划。')).status).toBe(200);
    expect((await leg(issueB, 'relay-to-resident', liaison, '已通过居委会告知钱五。')).status).toBe(200);

    // The deputy sees the issues they received and what became of them; another deputy and another unit see none.
    const mine = await api.as(deputyAccount).get('/receptions/issues');
    expect(mine.body.map((issue: { id: string }) => issue.id).sort()).toEqual([issueA, issueB, issueC].sort());
    const followed = await eventually('request A closed, as the deputy sees it', async () => {
      const issue = (await api.as(deputyAccount).get(`/receptions/issues/${issueA}`)).body;
      return issue.request?.status === 'closed' ? issue : undefined;
    });
    expect(followed.outcome).toEqual({ solved: true, satisfaction: 'satisfied' });
    expect(followed.resident).toEqual({ name: '赵*', phone: '137****7001' });
    expect((await api.as(otherDeputyAccount).get('/receptions/issues')).body).toEqual([]);
    expect((await api.as(otherDeputyAccount).get(`/receptions/issues/${issueA}`)).status).toBe(404);
    expect((await api.as(waterStaff).get('/receptions/issues')).body).toEqual([]);
    expect((await api.as(trafficStaff).get('/receptions/issues')).body.map((issue: { id: string }) => issue.id)).toEqual([issueB]);
  });

  it('step 7: a leg past its week escalates to the district office once, on the durable timer', async () => {
    clock.jumpTo(new Date(at10(receptionDate).getTime() + 7 * DAY + HOUR));
    const escalated = await eventually('issue B on the district office’s list', async () => {
      const list = (await api.as(supervisor).get('/receptions/issues?escalated=true')).body as Array<{ id: string }>;
      return list.length > 0 ? list : undefined;
    });
    expect(escalated.map((issue) => issue.id)).toEqual([issueB]);
    const issue = (await api.as(supervisor).get(`/receptions/issues/${issueB}`)).body;
    expect(issue.legs[0]).toMatchObject({ leg: 'department-to-liaison', state: 'open', late: true });
    expect(issue.legs[0].escalatedAt).not.toBeNull();
    expect(issue.legs[1]).toMatchObject({ leg: 'reply-to-deputy', state: 'replied', escalatedAt: null });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const events = await withClient(stack.databaseUrl, async (client) =>
      (await client.query(`select envelope from intake.outbox where tenant_id = $1 and event_type = 'reception.leg-escalated'`, [tenantId])).rows,
    );
    expect(events).toHaveLength(1);
    expect(events[0].envelope.data).toMatchObject({ issueId: issueB, leg: 'department-to-liaison', escalatedTo: 'district-office' });

    const late = await api.as(trafficStaff).post(`/receptions/issues/${issueB}/legs/department-to-liaison/reply`, { note: '已派人查看。' });
    expect(late.status).toBe(200);
    expect(late.body.legs[0]).toMatchObject({ state: 'replied', late: true });
  });

  it('step 8: archives the day and publishes the month’s figures, checked by hand', async () => {
    const archived = await api.as(liaison).post(`/receptions/${receptionId}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.state).toBe('archived');
    expect((await api.as(liaison).post(`/receptions/issues/${issueA}/typical`, { note: '代表督促，一周内疏通。' })).status).toBe(200);

    const statistics = await api.as(supervisor).get(`/receptions/statistics?month=${month}&street=street-jingshan`);
    expect(statistics.status).toBe(200);
    // By hand: 1 round; 3 deputies present → 3 deputy-visits; 3 residents; 3 issues (A, B, C).
    // Solved: A (closed solved at its callback) and C (answered on the spot) = 2; B was not solved.
    // Valid callbacks: A satisfied, B not satisfied → 1 of 2 satisfied = 50 %.
    expect(statistics.body.total).toEqual({ rounds: 1, deputyVisits: 3, residents: 3, issues: 3, solved: 2, rated: 2, satisfied: 1, satisfactionRate: 50 });
    expect(statistics.body.typicalCases).toEqual([expect.objectContaining({ issueId: issueA, note: '代表督促，一周内疏通。', solved: true })]);
    expect((await api.as(supervisor).get('/receptions/statistics?month=2027-13')).status).toBe(400);
    expect((await api.as(resident).get(`/receptions/statistics?month=${month}`)).status).toBe(403);

    // Every step left its audited event (who, when, what) in intake's outbox.
    const types = await withClient(stack.databaseUrl, async (client) =>
      (await client.query(`select distinct event_type from intake.outbox where tenant_id = $1 and (event_type like 'reception.%' or event_type like 'deputy.%') order by 1`, [tenantId])).rows.map(
        (row: { event_type: string }) => row.event_type,
      ),
    );
    expect(types).toEqual([
      'deputy.saved',
      'reception.announced',
      'reception.archived',
      'reception.case-flagged-typical',
      'reception.held',
      'reception.leg-escalated',
      'reception.leg-replied',
      'reception.planned',
      'reception.prepared',
      'reception.visitor-registered',
      'reception.work-letter-sent',
    ]);
  });

  it('warns, without refusing, when a reception receives fewer than three residents; another month counts apart', async () => {
    const february = lastWeekdayOfMonth(year, 2, 4);
    const plan = (await api.as(liaison).get(`/receptions/plans/${planId}`)).body as { days: Array<{ id: string; date: string }> };
    const day = plan.days.find((entry) => entry.date === february)!;
    expect((await api.as(liaison).post(`/receptions/${day.id}/announce`)).body.warnings).toEqual([]);
    clock.jumpTo(at10(february));
    const held = await api.as(deputyAccount).post(`/receptions/plans/${planId}/receptions`, {
      date: february,
      presentDeputyIds: [deputies.peoples, deputies.party],
      residents: [{ name: '周七', phone: '13700137004', issues: [] }],
    });
    expect(held.status).toBe(201);
    expect(held.body.warnings).toEqual([expect.stringMatching(/^at-least-three-residents: 1 resident\(s\) received/)]);
    const statistics = (await api.as(supervisor).get(`/receptions/statistics?month=${year}-02`)).body;
    expect(statistics.total).toMatchObject({ rounds: 1, deputyVisits: 2, residents: 1, issues: 0, solved: 0, satisfactionRate: null });
    expect((await api.as(supervisor).get(`/receptions/statistics?month=${month}`)).body.total).toMatchObject({ rounds: 1, deputyVisits: 3, residents: 3, issues: 3 });
  });

  it('seeds the demo district’s deputies and a 两代表一委员 plan for 东华门街道 on first use', async () => {
    const demo = ((await api.as(supervisor).get('/deputies?q=东华门')).body as Array<{ name: string; body: string; inSystem: boolean }>).sort((a, b) => a.body.localeCompare(b.body));
    expect(demo.map((deputy) => `${deputy.body}:${deputy.inSystem}`)).toEqual(['cppcc:false', 'party-congress:true', 'peoples-congress:false']);
    const days = (await api.as(supervisor).get('/receptions?street=street-donghua')).body as Array<{ team: unknown[]; placeAreaCode: string }>;
    expect(days.length).toBeGreaterThan(0);
    expect(days[0].team).toHaveLength(3);
    expect(days[0].placeAreaCode).toBe('donghua.nanchizi');
  });
});
