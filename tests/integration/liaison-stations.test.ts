import { localDate } from '@civicloop/clock';
import { nthWeekdaysOfMonth } from '../../libs/intake/src/engagement/rules/recurrence';
import { oneMonthAfter } from '../../libs/intake/src/engagement/rules/reply-chain';
import { ApiClient, eventually, freshTenantId, type Identity } from '../support/api/api-client';
import { agent, dispatcher, donghuaStaff, operator, resident, supervisor } from '../support/api/demo-people';
import { withClient } from '../support/stack/test-database';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { TestClock } from '../support/stack/test-clock';

jest.setTimeout(300_000);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const admin: Identity = { userId: 'admin-1', roles: ['district-admin'] };
const liaison: Identity = { userId: 'liaison-1', roles: ['liaison'], unitCodes: ['street-jingshan'] };
/** The liaison of 东华门街道, where the demo deputy's home station is. */
const donghuaLiaison: Identity = { userId: 'liaison-2', roles: ['liaison'], unitCodes: ['street-donghua'] };
/** The demo district's people's-congress deputy 李秀英, seeded with the demo account's subject. */
const demoDeputy: Identity = { userId: 'demo-deputy', roles: ['deputy'] };
/** A deputy of 景山街道's station, linked in the registry by the token's subject. */
const jingshanDeputy: Identity = { userId: 'deputy-1', roles: ['deputy'] };
const trafficStaff: Identity = { userId: 'traffic-1', roles: ['unit-staff'], unitCodes: ['traffic-police'] };

const JINGSHAN_STATION = '景山街道人大代表联络站';

/**
 * Zhejiang's deputy liaison stations (公告、登记、接待、交办、回复、反馈、归档) through the gateway in
 * the distributed mode, on virtual time: the demo station on the public page, a station kept by a
 * street's liaison with its schedule, a visitor's issue at an opening handed on as a request, a
 * resident's online message to the demo deputy through the deputy's link to the unit's reply and
 * the deputy's answer, dashboards against hand-computed figures, and the refusals.
 */
describe('liaison stations, offline and online (distributed, virtual time)', () => {
  const clock = new TestClock();
  let stack: DistributedStack;
  let api: ApiClient;
  let tenantId: string;
  // Next year's January: the 2nd Thursday is an opening (14:00–17:00 in Beijing).
  const year = Number(localDate(new Date()).slice(0, 4)) + 1;
  const [secondThursday, fourthThursday] = nthWeekdaysOfMonth(year, 1, 4, [2, 4]);
  const month = `${year}-01`;
  const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

  let demoToken: string;
  let jingshanDeputyId: string;
  let jingshanToken: string;
  let stationId: string;
  let scheduleId: string;
  let visitId: string;
  let visitRequestId: string;
  let visitHandedOnAt: Date;
  let messageId: string;
  let messageNo: string;
  let messageCode: string;
  let messageRequestId: string;
  let directId: string;

  beforeAll(async () => {
    stack = await startDistributedStack('stations', {}, { ...clock.env, CIVICLOOP_TIMER_INTERVAL_MS: '200' });
    tenantId = freshTenantId('stations');
    expect((await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '联络站区', template: 'demo' })).status).toBe(201);
    api = new ApiClient(stack.gateway, tenantId, admin);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const count = (sql: string, params: unknown[] = [tenantId]) => withClient(stack.databaseUrl, async (client) => Number((await client.query(sql, params)).rows[0].count));
  const publicCall = async (method: string, path: string, body?: unknown) => {
    const separator = path.includes('?') ? '&' : '?';
    const response = await fetch(`${stack.gateway.url}/api/v1${path}${separator}district=${tenantId}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, text };
  };

  /** 交办 starts the reception's reply chain: the unit to the liaison in a week, formally to the deputy in a month, the relay waiting. */
  const expectFreshChain = (issue: { handedOnAt: string; legs: unknown }) => {
    const handedOnAt = new Date(issue.handedOnAt);
    expect(issue.legs).toEqual([
      expect.objectContaining({ leg: 'department-to-liaison', state: 'open', dueAt: new Date(handedOnAt.getTime() + 7 * DAY).toISOString(), repliedAt: null, repliedBy: null, escalatedAt: null }),
      expect.objectContaining({ leg: 'reply-to-deputy', state: 'open', dueAt: oneMonthAfter(handedOnAt).toISOString(), repliedAt: null }),
      expect.objectContaining({ leg: 'relay-to-resident', state: 'waiting', dueAt: null, repliedAt: null }),
    ]);
    return handedOnAt;
  };

  it('公告: the demo station, its points and next openings are public, deputies by name and body, no contact; the demo deputy’s link opens their card', async () => {
    clock.jumpTo(at(secondThursday, '09:00'));
    const stations = await publicCall('GET', '/public/stations');
    expect(stations.status).toBe(200);
    const demo = (stations.body as Array<Record<string, any>>).find((station) => station.name === '东华门街道代表联络站')!;
    expect(demo).toMatchObject({ streetUnitCode: 'street-donghua', latitude: expect.any(Number), longitude: expect.any(Number) });
    expect(demo.points.map((point: { name: string }) => point.name)).toEqual(['南池子社区联络点', '灯市口社区联络点']);
    expect(demo.schedules).toBeUndefined();
    const first = demo.nextOpenings[0];
    expect(first).toMatchObject({ date: secondThursday, startTime: '14:00', endTime: '17:00', startsAt: at(secondThursday, '14:00').toISOString() });
    expect(demo.nextOpenings[1].date).toBe(fourthThursday);
    expect(first.deputies.map((deputy: { name: string; body: string }) => `${deputy.name}:${deputy.body}`).sort()).toEqual(['张明:cppcc', '李秀英:peoples-congress']);
    // Never a contact or an account on the public page.
    expect(stations.text).not.toMatch(/1390000000\d|local:demo-deputy/);
    // Its place by name for visitors who are not signed in.
    const reference = await publicCall('GET', '/public/reference');
    expect((reference.body.areas as Array<{ code: string; name: string }>).find((area) => area.code === demo.areaCode)?.name).toMatch(/社区|街道/);
    demoToken = first.deputies.find((deputy: { name: string }) => deputy.name === '李秀英').linkToken;
    expect(demoToken).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const card = await publicCall('GET', `/public/deputy-links/${demoToken}`);
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({ name: '李秀英', body: 'peoples-congress', profession: '律师', station: { name: '东华门街道代表联络站' } });
    expect(card.text).not.toContain('13900000002');
    // The same link as the deputy sees it in their own portal.
    const own = await api.as(demoDeputy).post(`/stations/deputies/${(await api.get('/deputies?q=李秀英')).body[0].id}/link`);
    expect(own.body).toEqual({ deputyId: expect.any(String), token: demoToken, path: `/deputies/${demoToken}/write` });
    expect((await publicCall('GET', '/public/deputy-links/NoSuchLinkNoSuchLinkXYZ')).status).toBe(404);
  });

  it('a street’s liaison keeps its station, points and schedule; an invalid rule is 400 and nothing is stored', async () => {
    const deputy = await api.post('/deputies', {
      name: '周律师',
      body: 'peoples-congress',
      level: 'district',
      profession: '律师',
      expertise: ['traffic'],
      homeStation: JINGSHAN_STATION,
      inSystem: true,
      contact: '13900000021',
      userId: `local:${jingshanDeputy.userId}`,
    });
    expect(deputy.status).toBe(201);
    jingshanDeputyId = deputy.body.id;

    const body = {
      name: JINGSHAN_STATION,
      streetUnitCode: 'street-jingshan',
      areaCode: 'jingshan',
      address: '景山前街 4 号',
      latitude: 39.9243,
      longitude: 116.3967,
      points: [{ name: '皇城根社区联络点', areaCode: 'jingshan.huangcheng', address: '皇城根北街 9 号' }],
    };
    const halfPlace = await api.as(liaison).post('/stations', { ...body, points: [{ name: '无坐标点', areaCode: 'nowhere', address: 'x', latitude: 39.9 }] });
    expect(halfPlace.status).toBe(400);
    expect(halfPlace.body.details.problems.map((problem: { field: string }) => problem.field).sort()).toEqual(['points[0].areaCode', 'points[0].longitude']);
    expect(await count(`select count(*) from intake.stations where tenant_id = $1`)).toBe(1);
    const station = await api.as(liaison).post('/stations', body);
    expect(station.status).toBe(201);
    stationId = station.body.id;
    expect(station.body.points).toHaveLength(1);
    const twice = await api.as(liaison).post('/stations', body);
    expect(twice.status).toBe(409);
    expect(twice.body.details.rule).toBe('one-station-per-name');

    const schedule = (rule: Record<string, unknown>) =>
      api.as(liaison).post(`/stations/${stationId}/schedules`, { rule, startTime: '14:00', endTime: '17:00', deputyIds: [jingshanDeputyId], topic: '交通出行' });
    const invalid = await schedule({ kind: 'nth-weekdays-of-month', weekday: 4, nths: [] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.details.problems).toEqual([{ field: 'rule', reason: expect.stringContaining('nths') }]);
    expect(await count(`select count(*) from intake.station_schedules where tenant_id = $1 and station_id = $2`, [tenantId, stationId])).toBe(0);

    const saved = await schedule({ kind: 'nth-weekdays-of-month', weekday: 4, nths: [2, 4] });
    expect(saved.status).toBe(201);
    scheduleId = saved.body.schedules[0].id;
    expect(saved.body.nextOpenings.slice(0, 2).map((opening: { date: string; topic: string }) => `${opening.date} ${opening.topic}`)).toEqual([
      `${secondThursday} 交通出行`,
      `${fourthThursday} 交通出行`,
    ]);
    // Another street's liaison keeps no one else's station.
    const other: Identity = { userId: 'liaison-2', roles: ['liaison'], unitCodes: ['street-donghua'] };
    expect((await api.as(other).post(`/stations/${stationId}/schedules`, { rule: { kind: 'last-weekday-of-month', weekday: 2 }, startTime: '09:00', endTime: '11:00', deputyIds: [jingshanDeputyId] })).status).toBe(403);
    jingshanToken = (await api.as(liaison).post(`/stations/deputies/${jingshanDeputyId}/link`)).body.token;
    expect(jingshanToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('登记 → 接待 → 交办: a visitor’s issue at an opening becomes a station request dispatched by the catalogue', async () => {
    clock.jumpTo(at(secondThursday, '14:30'));
    const visit = (date: string) =>
      api.as(liaison).post(`/stations/${stationId}/visits`, {
        scheduleId,
        date,
        visitorName: '钱五',
        visitorPhone: '13700137005',
        text: '景山前街路口信号灯坏了一个月。',
        categoryCode: 'traffic.signal',
      });
    const before = await count(`select count(*) from intake.station_issues where tenant_id = $1`);
    const notAnOpening = await visit(nthWeekdaysOfMonth(year, 1, 4, [3])[0]);
    expect(notAnOpening.status).toBe(409);
    expect(notAnOpening.body.details.rule).toBe('visit-at-an-opening');
    expect((await visit(fourthThursday)).body.details.rule).toBe('visit-recorded-on-its-day');
    expect(await count(`select count(*) from intake.station_issues where tenant_id = $1`)).toBe(before);

    const registered = await visit(secondThursday);
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ source: 'visit', state: 'received', openingDate: secondThursday, station: { name: JINGSHAN_STATION }, resident: { name: '钱*', phone: '137****7005' } });
    expect(registered.body.code).toMatch(/^[A-Z2-9]{8}$/);
    visitId = registered.body.id;

    clock.advance(30 * MINUTE);
    const accepted = await api.as(jingshanDeputy).post(`/station-issues/${visitId}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('accepted');
    const handedOn = await api.as(jingshanDeputy).post(`/station-issues/${visitId}/hand-on`, { type: 'report', categoryCode: 'traffic.signal', areaCode: 'jingshan', address: '景山前街路口' });
    expect(handedOn.status).toBe(200);
    expect(handedOn.body).toMatchObject({ state: 'handed-on', allowedActions: ['reply'], request: { id: expect.any(String), orderNo: expect.stringMatching(/^\d{4}-\d{6}$/) } });
    visitRequestId = handedOn.body.request.id;
    visitHandedOnAt = expectFreshChain(handedOn.body);
    expect((await api.as(liaison).get(`/station-issues/${visitId}`)).body.legs).toEqual(handedOn.body.legs);
    const request = await eventually('the station request dispatched', async () => {
      const response = await api.as(agent).get(`/requests/${visitRequestId}`);
      return response.body?.status === 'dispatched' ? response.body : undefined;
    });
    expect(request).toMatchObject({ channel: 'station', currentUnitCode: 'traffic-police' });

    // 回复 three hours after the visitor came (offline).
    clock.jumpTo(new Date(new Date(registered.body.receivedAt).getTime() + 180 * MINUTE));
    const replied = await api.as(jingshanDeputy).post(`/station-issues/${visitId}/reply`, { text: '已交交通支队，信号灯列入本周维修。' });
    expect(replied.status).toBe(200);
    expect(replied.body).toMatchObject({ state: 'answered', reply: { text: '已交交通支队，信号灯列入本周维修。' } });
    expect(replied.body.minutesToFirstReply).toBeGreaterThanOrEqual(180);
  });

  it('online: a resident writes through the demo deputy’s link; the deputy accepts and hands it on; the unit’s reply and the deputy’s answer reach the resident', async () => {
    clock.jumpTo(at(secondThursday, '19:00'));
    const write = (body: Record<string, unknown>, token = demoToken) => publicCall('POST', `/public/deputy-links/${token}/messages`, body);
    const message = { text: '南池子大街 20 号门口下水道堵了三天。', name: '孙六', phone: '13700137006', categoryCode: 'drainage.blockage', areaCode: 'donghua.nanchizi', address: '南池子大街 20 号' };

    const issues = () => count(`select count(*) from intake.station_issues where tenant_id = $1`);
    const residents = () => count(`select count(*) from intake.residents where tenant_id = $1`);
    const [issuesBefore, residentsBefore] = [await issues(), await residents()];
    const blank = await write({ ...message, text: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.details.problems).toEqual([{ field: 'text', reason: expect.any(String) }]);
    const nameless = await write({ text: message.text });
    expect(nameless.status).toBe(400);
    expect([...new Set(nameless.body.details.problems.map((problem: { field: string }) => problem.field))]).toEqual(['name', 'phone']);
    expect((await write(message, 'NoSuchLinkNoSuchLinkXYZ')).status).toBe(404);
    expect([await issues(), await residents()]).toEqual([issuesBefore, residentsBefore]);

    const written = await write(message);
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ messageNo: expect.stringMatching(new RegExp(`^LZ${year}-\\d{6}$`)), code: expect.stringMatching(/^[A-Z2-9]{8}$/), state: 'received', deputy: { name: '李秀英' } });
    ({ id: messageId, messageNo, code: messageCode } = written.body);
    // Events carry the resident by id only: no name or phone on the broker.
    expect(await count(`select count(*) from intake.outbox where event_type like 'station.%' and envelope::text like '%13700137006%'`, [])).toBe(0);

    // A signed-in resident writes too, and finds the message under their account.
    const signedIn = await api.as(resident).post(`/public/deputy-links/${demoToken}/messages`, { ...message, text: '南池子大街 24 号雨水井盖缺失，下雨就积水。' });
    expect(signedIn.status).toBe(201);
    const mine = await api.as(resident).get('/station-issues');
    expect(mine.body.map((issue: { messageNo: string }) => issue.messageNo)).toEqual([signedIn.body.messageNo]);
    expect(mine.body[0].resident).toBeUndefined();

    // Another deputy neither sees nor accepts the demo deputy's message.
    expect((await api.as(jingshanDeputy).post(`/station-issues/${messageId}/accept`)).status).toBe(404);
    expect((await api.as(jingshanDeputy).get(`/station-issues/${messageId}`)).status).toBe(404);
    expect((await api.as(jingshanDeputy).get('/station-issues')).body.map((issue: { id: string }) => issue.id)).not.toContain(messageId);
    // An online message is the deputy's own: not even a district admin accepts it in their name.
    expect((await api.post(`/station-issues/${messageId}/accept`)).status).toBe(404);

    clock.advance(20 * MINUTE);
    const inbox = await api.as(demoDeputy).get('/station-issues?source=online&state=received');
    expect(inbox.body.map((issue: { id: string }) => issue.id)).toContain(messageId);
    expect((await api.as(demoDeputy).post(`/station-issues/${messageId}/accept`)).body.state).toBe('accepted');
    const handedOn = await api.as(demoDeputy).post(`/station-issues/${messageId}/hand-on`, {
      type: 'help',
      categoryCode: 'drainage.blockage',
      areaCode: 'donghua.nanchizi',
      address: '南池子大街 20 号',
      unitCode: 'street-donghua',
      note: '请街道尽快疏通。',
    });
    expect(handedOn.status).toBe(200);
    messageRequestId = handedOn.body.request.id;
    expectFreshChain(handedOn.body);
    const assignment = await eventually('the online request dispatched to the street', async () => {
      const list = await api.as(dispatcher).get(`/requests/${messageRequestId}/assignments`);
      return (list.body as Array<{ id: string; unitCode: string; attempt: number }>).find((entry) => entry.attempt === 1);
    });
    expect(assignment.unitCode).toBe('street-donghua');
    // Intake learns of the assignment from dispatch's event, a moment after dispatch shows it.
    const handedOnRequest = await eventually('intake to follow the dispatch', async () => {
      const request = (await api.as(agent).get(`/requests/${messageRequestId}`)).body;
      return request?.status === 'dispatched' ? request : undefined;
    });
    expect(handedOnRequest).toMatchObject({ channel: 'station', status: 'dispatched' });

    // The unit handles it like any request; the resident is called back.
    expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/sign`)).status).toBe(200);
    await eventually('signed in feedback', async () => ((await api.as(agent).get(`/requests/${messageRequestId}/feedback`)).body?.status === 'signed' ? true : undefined));
    expect((await api.as(donghuaStaff).post(`/assignments/${assignment.id}/reply`, { outcome: 'solved', text: '已疏通下水道。' })).status).toBe(201);
    const { etag } = await eventually('replied in feedback', async () => {
      const response = await api.as(agent).get(`/requests/${messageRequestId}/feedback`);
      return response.body?.status === 'replied' ? response : undefined;
    });
    expect((await api.as(agent).post(`/requests/${messageRequestId}/callbacks`, { reached: true, solved: true, satisfaction: 'satisfied' }, { 'if-match': etag! })).status).toBe(201);

    // 反馈 along the chain: the street's liaison records the unit's answer, the deputy the formal reply they got, the liaison the relay.
    const leg = (who: Identity, name: string, note = '已答复。') => api.as(who).post(`/station-issues/${messageId}/legs/${name}/reply`, { note });
    const relayTooEarly = await leg(donghuaLiaison, 'relay-to-resident');
    expect(relayTooEarly.status).toBe(409);
    expect(relayTooEarly.body.details.state).toBe('waiting');
    expect((await leg(liaison, 'department-to-liaison')).status).toBe(404);
    expect((await leg(donghuaLiaison, 'department-to-liaison', '')).status).toBe(400);
    const first = await leg(donghuaLiaison, 'department-to-liaison', '东华门街道：已派人疏通下水道。');
    expect(first.status).toBe(200);
    expect(first.body.legs[0]).toMatchObject({ state: 'replied', repliedBy: `local:${donghuaLiaison.userId}`, note: '东华门街道：已派人疏通下水道。', late: false, repliedAt: expect.any(String) });
    const secondOnLeg = await leg(donghuaLiaison, 'department-to-liaison', '再答一次');
    expect(secondOnLeg.status).toBe(409);
    expect(secondOnLeg.body.details.state).toBe('replied');
    expect((await leg(jingshanDeputy, 'reply-to-deputy')).status).toBe(404);
    expect((await leg(demoDeputy, 'relay-to-resident')).status).toBe(403);
    const formal = await leg(demoDeputy, 'reply-to-deputy', '已收到东华门街道的正式答复函。');
    expect(formal.status).toBe(200);
    expect(formal.body.legs[1]).toMatchObject({ state: 'replied', repliedBy: `local:${demoDeputy.userId}` });
    expect(formal.body.legs[2]).toMatchObject({ state: 'open', dueAt: new Date(new Date(formal.body.legs[1].repliedAt).getTime() + 7 * DAY).toISOString() });
    expect((await publicCall('POST', '/public/station-messages/follow', { messageNo, code: messageCode })).body.relay).toBeNull();
    const relayed = await leg(donghuaLiaison, 'relay-to-resident', '居委会已电话告知孙六：下水道已疏通。');
    expect(relayed.status).toBe(200);
    expect(relayed.body.legs.map((entry: { state: string }) => entry.state)).toEqual(['replied', 'replied', 'replied']);
    expect((await leg(donghuaLiaison, 'relay-to-resident', '再转一次')).body.details.state).toBe('replied');
    expect(await count(`select count(*) from intake.reception_legs where station_issue_id = $1 and note like '再%'`, [messageId])).toBe(0);
    expect(await count(`select count(*) from intake.outbox where tenant_id = $1 and event_type = 'station.leg-replied'`)).toBe(3);

    // 回复 an hour after the message came; a second reply is 409 naming the state.
    clock.jumpTo(new Date(new Date(written.body.receivedAt).getTime() + 60 * MINUTE));
    const emptyReply = await api.as(demoDeputy).post(`/station-issues/${messageId}/reply`, { text: '' });
    expect(emptyReply.status).toBe(400);
    expect(emptyReply.body.details.problems[0].field).toBe('text');
    const replied = await api.as(demoDeputy).post(`/station-issues/${messageId}/reply`, { text: '已交东华门街道，已疏通，请您留意。' });
    expect(replied.status).toBe(200);
    const again = await api.as(demoDeputy).post(`/station-issues/${messageId}/reply`, { text: '再答一次' });
    expect(again.status).toBe(409);
    expect(again.body.details).toMatchObject({ state: 'answered', allowed: ['archive'] });
    expect((await api.as(demoDeputy).post(`/station-issues/${messageId}/archive`)).body.state).toBe('closed');
    const closed = await api.as(demoDeputy).post(`/station-issues/${messageId}/reply`, { text: '再答一次' });
    expect(closed.status).toBe(409);
    expect(closed.body.details.state).toBe('closed');
    expect(await count(`select count(*) from intake.station_issues where id = $1 and reply_text = '再答一次'`, [messageId])).toBe(0);

    // The resident follows by number and code: the deputy's answer, the request and the unit's reply.
    const followed = await eventually('the unit’s reply on the followed message', async () => {
      const response = await publicCall('POST', '/public/station-messages/follow', { messageNo, code: messageCode.toLowerCase() });
      return response.body?.unitReply ? response : undefined;
    });
    expect(followed.body).toMatchObject({
      messageNo,
      state: 'closed',
      deputies: [{ name: '李秀英', body: 'peoples-congress' }],
      reply: { text: '已交东华门街道，已疏通，请您留意。' },
      request: { orderNo: handedOn.body.request.orderNo },
      unitReply: { outcome: 'solved', text: '已疏通下水道。' },
      relay: { text: '居委会已电话告知孙六：下水道已疏通。' },
    });
    expect((await publicCall('POST', '/public/station-messages/follow', { messageNo, code: 'WRONGCOD' })).status).toBe(404);
  });

  it('督办: the visit’s first leg past its week escalates to the district office once, on the durable timer', async () => {
    clock.jumpTo(new Date(visitHandedOnAt.getTime() + 7 * DAY + HOUR));
    const escalated = await eventually('the visit’s first leg escalated', async () => {
      const issue = (await api.as(supervisor).get(`/station-issues/${visitId}`)).body;
      return issue.legs?.[0]?.escalatedAt ? issue : undefined;
    });
    expect(escalated.legs[0]).toMatchObject({ leg: 'department-to-liaison', state: 'open', late: true });
    // The month's leg is not late yet; the relay still waits; the answered online message's legs are not touched.
    expect(escalated.legs[1]).toMatchObject({ leg: 'reply-to-deputy', state: 'open', late: false, escalatedAt: null });
    expect(escalated.legs[2]).toMatchObject({ leg: 'relay-to-resident', state: 'waiting', escalatedAt: null });
    clock.advance(HOUR);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const events = await withClient(stack.databaseUrl, async (client) =>
      (await client.query(`select envelope from intake.outbox where tenant_id = $1 and event_type = 'station.leg-escalated'`, [tenantId])).rows,
    );
    expect(events).toHaveLength(1);
    expect(events[0].envelope.data).toMatchObject({ stationIssueId: visitId, leg: 'department-to-liaison', escalatedTo: 'district-office' });
    // Answered late by the station's liaison: recorded as late, and escalated no more.
    const late = await api.as(liaison).post(`/station-issues/${visitId}/legs/department-to-liaison/reply`, { note: '交通支队：信号灯已修复。' });
    expect(late.status).toBe(200);
    expect(late.body.legs[0]).toMatchObject({ state: 'replied', late: true, escalatedAt: escalated.legs[0].escalatedAt });
  });

  it('answers a message directly, and the dashboards match the hand-computed figures', async () => {
    // A message to the Jingshan deputy (home station: the Jingshan station), accepted after 10 and answered after 90 minutes.
    clock.jumpTo(at(fourthThursday, '08:00'));
    const written = await publicCall('POST', `/public/deputy-links/${jingshanToken}/messages`, { text: '景山公园周边夜间广场舞噪声扰民。', name: '李七', phone: '13700137007', categoryCode: 'noise' });
    expect(written.status).toBe(201);
    directId = written.body.id;
    const receivedAt = new Date(written.body.receivedAt).getTime();
    clock.jumpTo(new Date(receivedAt + 10 * MINUTE));
    expect((await api.as(jingshanDeputy).post(`/station-issues/${directId}/accept`)).status).toBe(200);
    clock.jumpTo(new Date(receivedAt + 90 * MINUTE));
    const answered = await api.as(jingshanDeputy).post(`/station-issues/${directId}/reply`, { text: '已与社区沟通，约定晚九点后停止。' });
    expect(answered.body).toMatchObject({ state: 'answered', request: null, station: { name: JINGSHAN_STATION } });

    // The Jingshan station: the visit (accepted after 30, answered after 180 minutes, handed on, not yet called back)
    // and the message (10 and 90 minutes). Replied 2 of 2; mean reply 135 min (online 90, visits 180): online 50 % faster;
    // mean accept 20 min (online 10, visit 30); topics noise 1, traffic.signal 1 (50 % each, ties by code).
    const station = await api.as(supervisor).get(`/stations/${stationId}/dashboard?month=${month}`);
    expect(station.status).toBe(200);
    expect(station.body).toMatchObject({
      scope: { kind: 'station', id: stationId, name: JINGSHAN_STATION },
      month,
      issues: 2,
      online: 1,
      visits: 1,
      replied: 2,
      repliedShare: 100,
      requests: { handedOn: 1, closed: 0, solved: 0, rated: 0, satisfied: 0, resolutionRate: null, satisfactionRate: null },
      topics: [
        { categoryCode: 'noise', issues: 1, share: 50 },
        { categoryCode: 'traffic.signal', issues: 1, share: 50 },
      ],
    });
    // Virtual time runs on with the wall clock between steps: minutes within a tolerance of a few seconds.
    expect(station.body.meanMinutesToFirstReply.all).toBeCloseTo(135, 0);
    expect(station.body.meanMinutesToFirstReply.online).toBeCloseTo(90, 0);
    expect(station.body.meanMinutesToFirstReply.visit).toBeCloseTo(180, 0);
    expect(station.body.onlineFasterByPercent).toBeCloseTo(50, 0);
    expect(station.body.meanMinutesToAccept.online).toBeCloseTo(10, 0);
    expect(station.body.meanMinutesToAccept.visit).toBeCloseTo(30, 0);

    // The demo deputy: two online messages, one replied (after 60 minutes), its request solved and satisfied at the callback.
    const demoDeputyId = (await api.get('/deputies?q=李秀英')).body[0].id;
    const deputy = await api.as(demoDeputy).get(`/stations/deputies/${demoDeputyId}/dashboard?month=${month}`);
    expect(deputy.body).toMatchObject({
      scope: { kind: 'deputy', id: demoDeputyId, name: '李秀英' },
      issues: 2,
      online: 2,
      visits: 0,
      replied: 1,
      repliedShare: 50,
      onlineFasterByPercent: null,
      requests: { handedOn: 1, closed: 1, solved: 1, rated: 1, satisfied: 1, resolutionRate: 100, satisfactionRate: 100 },
      topics: [{ categoryCode: 'drainage.blockage', issues: 2, share: 100 }],
    });
    expect(deputy.body.meanMinutesToFirstReply.online).toBeCloseTo(60, 0);
    expect(deputy.body.meanMinutesToFirstReply.visit).toBeNull();
    // A deputy reads their own dashboard only; another month has nothing.
    expect((await api.as(jingshanDeputy).get(`/stations/deputies/${demoDeputyId}/dashboard`)).status).toBe(404);
    expect((await api.as(supervisor).get(`/stations/deputies/${demoDeputyId}/dashboard?month=${year}-02`)).body).toMatchObject({ issues: 0, repliedShare: null });
    expect((await api.as(supervisor).get(`/stations/${stationId}/dashboard?month=${year}-13`)).status).toBe(400);
    expect((await api.as(trafficStaff).get(`/stations/${stationId}/dashboard`)).status).toBe(403);
  });
});
