// The golden month (tests/fixtures/golden-month.ts) driven through the gateway in the distributed
// mode on virtual time: every step of October 2026 at its instant, then what reporting computes
// compared with the rates worked out by hand from PRODUCT.md's definitions.
import { ApiClient, eventually, freshTenantId, type ApiResponse, type Identity } from '../support/api/api-client';
import { agent, dispatcher, operator, supervisor } from '../support/api/demo-people';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { apiPut } from '../fixtures/api-put';
import { expectRatesRow } from '../fixtures/expect-rates-row';
import {
  at,
  EXPECTED_DISTRICT,
  EXPECTED_EXCLUSIONS,
  EXPECTED_SOLVED_BY_ATTEMPT,
  EXPECTED_STREETS,
  EXPECTED_UNITS,
  GOLDEN_CO_HANDLER_RULE,
  GOLDEN_MONTH,
  GOLDEN_WEIGHTS,
  goldenTimeline,
  type GoldenStep,
  type GoldenUnit,
} from '../fixtures/golden-month';
import { ReplayClock } from '../fixtures/replay-clock';

jest.setTimeout(600_000);

const admin: Identity = { userId: 'admin-1', roles: ['district-admin'] };
const staffOf = (unitCode: string): Identity => ({ userId: `${unitCode}-staff`, roles: ['unit-staff'], unitCodes: [unitCode] });
/** Dispatch takes a moment after the step that causes it; deadlines are compared to the minute. */
const DEADLINE_TOLERANCE_MS = 60_000;

interface Placed {
  id: string;
  unitCode: string;
  attempt: number;
  role: string;
  signForDeadline: string;
}
type Step = GoldenStep & { story: string };

/** Retries a command the services may not be ready for yet (the cause still travelling): 404, 409, 503. */
async function whenReady(what: string, call: () => Promise<ApiResponse>, ok: number[] = [200, 201]): Promise<ApiResponse> {
  let last: ApiResponse | undefined;
  const found = await eventually(
    what,
    async () => {
      last = await call();
      if (ok.includes(last.status)) return last;
      if (![404, 409, 503].includes(last.status)) throw new Error(`${what}: ${last.status} ${JSON.stringify(last.body)}`);
      return undefined;
    },
    20_000,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; last answer ${last?.status} ${JSON.stringify(last?.body)}`);
  });
  return found;
}

describe('the golden month: October 2026 through the gateway (distributed, virtual time)', () => {
  const clock = new ReplayClock(at('10-01 08:00'));
  let stack: DistributedStack;
  let tenantId: string;
  let api: ApiClient;
  const requestOf = new Map<string, string>();
  const placed = new Map<string, Placed[]>();
  const idOf = new Map<string, string>();
  const problems: string[] = [];

  const assignmentOf = (story: string, unitCode: string) => {
    const found = [...(placed.get(story) ?? [])].reverse().find((assignment) => assignment.unitCode === unitCode);
    if (!found) throw new Error(`${story}: no assignment of ${unitCode} yet`);
    return found;
  };

  /** What dispatch must have done by itself: the assignment exists, with the hand-worked deadline. */
  async function expectAssigned(step: Extract<Step, { do: 'assigned' }>) {
    const requestId = requestOf.get(step.story)!;
    const known = new Set((placed.get(step.story) ?? []).map((assignment) => assignment.id));
    const assignment = await eventually(`${step.story}: ${step.unitCode} assigned (attempt ${step.attempt})`, async () => {
      const { body } = await api.as(dispatcher).get(`/requests/${requestId}/assignments`);
      return (body as Placed[]).find((candidate) => !known.has(candidate.id) && candidate.unitCode === step.unitCode && candidate.attempt === step.attempt);
    }).catch(async (error: Error) => {
      // Say where the request stands instead, so a missing feature is named.
      const { body: request } = await api.as(dispatcher).get(`/requests/${requestId}`);
      const { body: assignments } = await api.as(dispatcher).get(`/requests/${requestId}/assignments`);
      const { body: queue } = await api.as(dispatcher).get('/dispatch/queue');
      const queued = (Array.isArray(queue) ? queue : (queue?.items ?? [])).find((entry: { requestId?: string }) => entry.requestId === requestId);
      throw new Error(`${error.message}; the request is ${request?.status}, its assignments ${JSON.stringify(assignments)}, queued ${JSON.stringify(queued ?? null)}`);
    });
    placed.set(step.story, [...(placed.get(step.story) ?? []), assignment]);
    if (assignment.role !== step.role) problems.push(`${step.story}: ${step.unitCode} is ${assignment.role}, expected ${step.role}`);
    const off = Math.abs(Date.parse(assignment.signForDeadline) - Date.parse(step.signForDeadline));
    if (off > DEADLINE_TOLERANCE_MS) problems.push(`${step.story}: ${step.unitCode} sign-for deadline ${assignment.signForDeadline}, worked out by hand ${step.signForDeadline}`);
  }

  async function perform(step: Step): Promise<void> {
    const requestId = requestOf.get(step.story);
    switch (step.do) {
      case 'register': {
        const { status, body } = await api.post('/requests', { channel: 'hotline', confidential: false, ...step.registration });
        if (status !== 201) throw new Error(`${step.story}: registration answered ${status} ${JSON.stringify(body)}`);
        requestOf.set(step.story, body.id);
        return;
      }
      case 'assigned':
        return expectAssigned(step);
      case 'dispatch':
        await whenReady(`${step.story}: dispatch`, () => api.as(dispatcher).post(`/requests/${requestId}/dispatch`, { unitCode: step.unitCode, note: '按职责派单' }));
        return;
      case 'sign':
        await whenReady(`${step.story}: ${step.unitCode} signs`, () => api.as(staffOf(step.unitCode)).post(`/assignments/${assignmentOf(step.story, step.unitCode).id}/sign`));
        return;
      case 'object':
        await whenReady(`${step.story}: objection`, () => api.as(staffOf(step.unitCode)).post(`/assignments/${assignmentOf(step.story, step.unitCode).id}/objection`, { reason: step.reason }));
        return;
      case 'uphold-objection':
        await whenReady(`${step.story}: objection upheld`, () =>
          api.as(dispatcher).post(`/assignments/${assignmentOf(step.story, step.unitCode).id}/objection/review`, { decision: 'uphold', unitCode: step.toUnitCode, note: step.note }),
        );
        return;
      case 'request-extension': {
        const { body } = await whenReady(`${step.story}: extension asked`, () =>
          api.as(staffOf(step.unitCode)).post(`/assignments/${assignmentOf(step.story, step.unitCode).id}/extension`, { reason: step.reason, requestedDeadline: step.until }),
        );
        idOf.set(`${step.story}/extension`, body.id ?? body.extensionId);
        return;
      }
      case 'approve-extension':
        await whenReady(`${step.story}: extension approved`, () => api.as(dispatcher).post(`/extensions/${idOf.get(`${step.story}/extension`)}/decision`, { decision: 'approve', note: step.note }));
        return;
      case 'report-to-lead':
        await whenReady(`${step.story}: report to the lead`, () => api.as(staffOf(step.unitCode)).post(`/assignments/${assignmentOf(step.story, step.unitCode).id}/report-to-lead`, { text: step.text }));
        return;
      case 'reply':
        await whenReady(`${step.story}: reply`, () => api.as(staffOf(step.unitCode)).post(`/assignments/${assignmentOf(step.story, step.unitCode).id}/reply`, { outcome: 'solved', text: step.text }));
        return;
      case 'callback': {
        const answer = step.reached ? { reached: true, solved: step.solved, satisfaction: step.satisfaction } : { reached: false };
        await whenReady(`${step.story}: callback`, () => api.post(`/requests/${requestId}/callbacks`, answer));
        return;
      }
      case 'merge':
        await whenReady(`${step.story}: merged`, () => api.as(dispatcher).post(`/requests/${requestId}/merge`, { primaryRequestId: requestOf.get(step.intoStory), reason: step.reason }));
        return;
      case 'triage-answered': {
        const { body: found } = await api.get(`/knowledge/articles?q=${encodeURIComponent(step.article)}`);
        const [article] = (Array.isArray(found) ? found : (found?.items ?? found?.articles ?? [])) as Array<{ id: string }>;
        if (!article) throw new Error(`${step.story}: no knowledge-base article found for ${step.article}: ${JSON.stringify(found)}`);
        await whenReady(`${step.story}: answered at once`, () => api.post(`/requests/${requestId}/triage`, { outcome: 'answered', reason: step.reason, articleId: article.id }));
        return;
      }
      case 'appeal': {
        const { body } = await whenReady(`${step.story}: appeal`, () =>
          api.as(staffOf(step.unitCode)).post('/assessment/appeals', { assignmentId: assignmentOf(step.story, step.unitCode).id, reason: step.reason }),
        );
        idOf.set(step.story, body.appealId);
        return;
      }
      case 'decide-appeal':
        await whenReady(`${step.story}: appeal decided`, () =>
          api.as(supervisor).post(`/assessment/appeals/${idOf.get(step.story)}/decision`, { decision: step.accept ? 'accept' : 'reject', note: step.note }),
        );
        return;
      case 'flag-unreasonable':
        await whenReady(`${step.story}: flagged unreasonable`, () => api.as(supervisor).post(`/assessment/requests/${requestId}/unreasonable`, { reason: step.reason }));
        return;
    }
  }

  const rates = async (level: 'unit' | 'street' | 'district') => (await api.as(supervisor).get(`/reports/rates?month=${GOLDEN_MONTH}&level=${level}`)).body;

  beforeAll(async () => {
    stack = await startDistributedStack('golden', {}, clock.env);
    tenantId = freshTenantId('golden');
    await new ApiClient(stack.gateway, tenantId, operator).post('/districts', { tenantId, name: '示范区（黄金月）', template: 'demo' });
    api = new ApiClient(stack.gateway, tenantId, agent);
    // Before the month: the district's weights, and noise in 南池子 led by the street with the community co-handling.
    expect((await apiPut(stack.gateway, tenantId, admin, '/assessment/weights', GOLDEN_WEIGHTS)).status).toBe(200);
    const rule = await api.as(admin).post('/admin/catalogue/rules', GOLDEN_CO_HANDLER_RULE);
    expect(rule.status).toBe(201);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('drives every step of the month at its instant, and dispatch places every assignment with the hand-worked sign-for deadline', async () => {
    for (const step of goldenTimeline()) {
      clock.reach(step.at);
      await perform(step);
    }
    expect(problems).toEqual([]);
  });

  it('counts every unit as worked out by hand, after reporting has caught up', async () => {
    await eventually(
      'reporting has every fact of the month',
      async () => {
        const [district] = (await rates('district')).rows;
        return district?.dispatched === EXPECTED_DISTRICT.dispatched && district.validCallbacks === EXPECTED_DISTRICT.validCallbacks ? true : undefined;
      },
      30_000,
    ).catch(() => undefined); // the comparisons below say what differs
    const { rows, weights } = await rates('unit');
    expect(weights).toMatchObject(GOLDEN_WEIGHTS);
    expect(rows.map((row: { code: string }) => row.code).sort()).toEqual(Object.keys(EXPECTED_UNITS).sort());
    for (const [code, expected] of Object.entries(EXPECTED_UNITS)) expectRatesRow(rows.find((row: { code: string }) => row.code === code), expected, code);
    for (const [code, solvedByAttempt] of Object.entries(EXPECTED_SOLVED_BY_ATTEMPT)) {
      expect({ code, solvedByAttempt: rows.find((row: { code: string }) => row.code === code)?.solvedByAttempt }).toEqual({ code, solvedByAttempt });
    }
  });

  it('gives each street its own and its communities’ counts, and the district all of them', async () => {
    const streets = (await rates('street')).rows;
    for (const [code, expected] of Object.entries(EXPECTED_STREETS)) expectRatesRow(streets.find((row: { code: string }) => row.code === code), expected, code);
    const [district] = (await rates('district')).rows;
    expectRatesRow(district, EXPECTED_DISTRICT, 'district');
  });

  it('lists every exclusion with the unit it spared, what it took out and the reason given', async () => {
    const storyOf = new Map([...requestOf].map(([story, id]) => [id, story]));
    const { exclusions } = await rates('unit');
    const listed = exclusions.map((item: { requestId: string; kind: string; unitCode: GoldenUnit; response: boolean; callback: boolean }) => ({
      story: storyOf.get(item.requestId),
      kind: item.kind,
      unitCode: item.unitCode,
      response: item.response,
      callback: item.callback,
    }));
    expect(listed).toEqual(EXPECTED_EXCLUSIONS);
    expect(exclusions.find((item: { kind: string }) => item.kind === 'appeal-accepted')).toMatchObject({ reason: expect.stringContaining('工单地址登记错误'), note: expect.stringContaining('情况属实') });
  });

  it('never sent the consultation answered at once, nor the merged duplicate, to a unit', async () => {
    for (const story of ['triaged', 'merge-duplicate']) {
      expect({ story, assignments: (await api.as(dispatcher).get(`/requests/${requestOf.get(story)}/assignments`)).body }).toEqual({ story, assignments: [] });
    }
  });

  it('publishes the month’s ranking once it has ended, with the hand-worked ranks', async () => {
    const published = await api.as(supervisor).post(`/reports/rankings/${GOLDEN_MONTH}/publish`);
    expect(published).toMatchObject({ status: 201, body: { version: 1 } });
    const { body } = await api.as(supervisor).get(`/reports/rankings/${GOLDEN_MONTH}`);
    const ranks = Object.fromEntries(body.versions[0].unit.map((row: { code: string; rank: number }) => [row.code, row.rank]));
    expect(ranks).toEqual(Object.fromEntries(Object.entries(EXPECTED_UNITS).map(([code, row]) => [code, row.rank])));
    const trend = (await api.as(supervisor).get('/reports/rates/trend?unitCode=street-jingshan&months=2')).body;
    expect(trend.months[0]).toMatchObject({ month: GOLDEN_MONTH, rank: EXPECTED_UNITS['street-jingshan'].rank, compositeIndex: expect.closeTo(EXPECTED_UNITS['street-jingshan'].compositeIndex!, 12) });
  });
});
