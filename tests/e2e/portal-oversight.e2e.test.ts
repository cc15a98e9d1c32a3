import type { Page } from 'playwright-core';
import { eventually, portalApi, type Order, type PortalApi } from './support/portal-api';
import { PHONE, refreshUntil, screenshot, startEmbeddedPortal, type EmbeddedPortal } from './support/portal-browser';

// Oversight in the portal, in Chromium against its own embedded CivicLoop: a unit's objection upheld
// to another unit, an extension asked for and granted, the supervisor's street and district rates and
// trend chart, and an unreached call recorded from the callback queue. Setup goes through the API.
jest.setTimeout(300_000);

describe('oversight in the portal', () => {
  let portal: EmbeddedPortal;
  let api: PortalApi;
  let extended: Order;

  beforeAll(async () => {
    portal = await startEmbeddedPortal('e2e-oversight');
    api = portalApi(portal.baseUrl);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  function inboxRow(page: Page, order: Order) {
    return page.locator(`li[data-assignment-id="${order.assignmentId}"]`);
  }

  /** A datetime-local value in Asia/Shanghai (the browser context's zone), `days` after `iso`. */
  function localInput(iso: string, days: number): string {
    const shifted = new Date(new Date(iso).getTime() + days * 86_400_000 + 8 * 3_600_000);
    return shifted.toISOString().slice(0, 16);
  }

  it('lets a unit object to an order and the dispatcher uphold it to another unit', async () => {
    const order = await api.dispatchedOrder('下水道返味，疑似属景山街道管辖路段。');
    const unit = await portal.signIn('demo-donghua-staff');
    const row = inboxRow(unit, order);
    await refreshUntil(unit, row, () => unit.getByRole('button', { name: '刷新' }).first().click());
    await row.getByRole('button', { name: '提出异议' }).click();
    await row.getByLabel('异议理由').fill('该路段属景山街道辖区，非本街道。');
    await screenshot(unit, '30-unit-objection');
    await row.getByRole('button', { name: '提交异议' }).click();
    // The form closes once the objection is on its way to the dispatchers; a refusal would stay as an alert.
    await row.getByRole('button', { name: '提交异议' }).waitFor({ state: 'detached' });
    expect(await row.getByRole('alert').count()).toBe(0);
    await unit.context().close();

    const dispatcher = await portal.signIn('demo-dispatcher');
    await dispatcher.getByRole('link', { name: '异议与延期' }).click();
    const queued = dispatcher.locator(`li[data-request-id="${order.requestId}"]`);
    await refreshUntil(dispatcher, queued, () => dispatcher.getByRole('button', { name: '刷新' }).click());
    await expect(queued.innerText()).resolves.toMatch(/东华门街道（第 1 次异议）[\s\S]*审核时限/);
    await queued.getByRole('button', { name: '异议成立' }).click();
    await queued.getByLabel('改派至单位').selectOption('street-jingshan');
    await queued.getByLabel('说明').fill('经核实属景山街道辖区');
    await screenshot(dispatcher, '31-dispatcher-objection-review');
    await queued.getByRole('button', { name: '改派' }).click();
    await dispatcher.getByText('异议成立，已改派至 景山街道。').waitFor();
    await queued.waitFor({ state: 'detached' });
    await screenshot(dispatcher, '32-dispatcher-objection-upheld');
    await dispatcher.context().close();

    // The order is now 景山街道's.
    await eventually('the order to 景山街道', async () => {
      const list = await api.call<Array<{ unitCode: string; status: string }>>('demo-dispatcher', 'GET', `/requests/${order.requestId}/assignments`);
      return list.find((a) => a.unitCode === 'street-jingshan' && a.status === 'dispatched');
    });
  });

  it('lets a unit ask for an extension after signing and the dispatcher grant it', async () => {
    extended = await api.dispatchedOrder('雨水井堵塞，需协调市政管线施工。');
    const unit = await portal.signIn('demo-donghua-staff');
    const row = inboxRow(unit, extended);
    await refreshUntil(unit, row, () => unit.getByRole('button', { name: '刷新' }).first().click());
    await row.getByRole('button', { name: '签收' }).click();
    const ask = row.getByRole('button', { name: '申请延期' });
    await refreshUntil(unit, ask, () => unit.getByRole('button', { name: '刷新' }).first().click());
    await ask.click();
    const before = await api.call<{ feedbackDeadline: string }>('demo-donghua-staff', 'GET', `/assignments/${extended.assignmentId}`);
    await row.getByLabel('延期理由（居民可见）').fill('需协调供水管线施工，预计两天内完成。');
    await row.getByLabel('新的答复时限').fill(localInput(before.feedbackDeadline, 2));
    await screenshot(unit, '33-unit-extension');
    await row.getByRole('button', { name: '提交延期申请' }).click();
    await row.getByText('延期申请已提交，等待审批。').waitFor();
    await unit.context().close();

    const dispatcher = await portal.signIn('demo-dispatcher');
    await dispatcher.getByRole('link', { name: '异议与延期' }).click();
    await dispatcher.getByRole('link', { name: '延期审批' }).click();
    const queued = dispatcher.locator(`li[data-request-id="${extended.requestId}"]`);
    await refreshUntil(dispatcher, queued, () => dispatcher.getByRole('button', { name: '刷新' }).click());
    await expect(queued.innerText()).resolves.toContain('需协调供水管线施工');
    await screenshot(dispatcher, '34-dispatcher-extensions');
    await queued.getByRole('button', { name: '批准延期' }).click();
    await dispatcher.getByText(/已批准延期，新的答复时限/).waitFor();
    await queued.waitFor({ state: 'detached' });
    await dispatcher.context().close();

    const after = await api.call<{ feedbackDeadline: string }>('demo-donghua-staff', 'GET', `/assignments/${extended.assignmentId}`);
    expect(new Date(after.feedbackDeadline).getTime() - new Date(before.feedbackDeadline).getTime()).toBeGreaterThan(86_400_000);
  });

  it('shows the supervisor the street and district rates and a unit’s trend chart', async () => {
    const page = await portal.signIn('demo-supervisor');
    await page.getByRole('link', { name: '督办考核' }).click();
    await page.getByRole('link', { name: '三率考核' }).click();
    const table = page.locator('table.rates');
    await table.locator('tr[data-code="street-donghua"]').waitFor();
    await expect(table.innerText()).resolves.toContain('东华门街道');
    await page.getByRole('heading', { name: /不计入考核的记录/ }).waitFor();
    await screenshot(page, '35-supervisor-street-rates');
    await page.getByLabel('统计层级').selectOption('district');
    await table.locator('tr[data-code="district"]').waitFor();
    await expect(table.locator('tr[data-code="district"]').innerText()).resolves.toContain('全区');
    await screenshot(page, '36-supervisor-district-rates');

    await page.getByRole('link', { name: '趋势', exact: true }).click();
    await page.getByLabel('统计层级').selectOption('street');
    await page.getByLabel('单位', { exact: true }).selectOption('street-donghua');
    const chart = page.getByRole('img', { name: /东华门街道 近 12 个月三率趋势/ });
    await chart.waitFor();
    const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
    expect(await chart.getAttribute('aria-label')).toContain(`${thisMonth}:`);
    expect(await chart.locator('[data-series="responseRate"] path').count()).toBe(1);
    // The same figures as a table, for screen readers and keyboards.
    await page.getByText('查看数据表').click();
    expect(await page.locator('.trend-chart tbody tr').count()).toBe(12);
    await screenshot(page, '37-supervisor-trend');
    await page.context().close();
  });

  it('shows the supervisor this month’s hotspots by category and by place', async () => {
    const page = await portal.signIn('demo-supervisor');
    await page.getByRole('link', { name: '督办考核' }).click();
    await page.getByRole('link', { name: '热点', exact: true }).click();
    const table = page.locator('table', { has: page.locator('caption', { hasText: '热点诉求' }) });
    // The orders of the tests above were raised this month: their category leads the list.
    await table.locator('tbody tr').first().waitFor();
    expect(Number(await table.locator('tbody tr td').first().innerText())).toBeGreaterThan(0);
    await page.getByLabel('按').selectOption('area');
    await expect(table.locator('thead th').first().innerText()).resolves.toBe('地点');
    await page.getByText(/本月重复来电/).waitFor();
    await screenshot(page, '38-supervisor-hotspots');
    await page.context().close();
  });

  it('lets an agent record an unreached call from the callback queue', async () => {
    await eventually('the unit to be able to reply', async () => {
      const feedback = await api.call<{ status: string }>('demo-agent', 'GET', `/requests/${extended.requestId}/feedback`);
      return feedback.status === 'signed' ? feedback : undefined;
    });
    await api.call('demo-donghua-staff', 'POST', `/assignments/${extended.assignmentId}/reply`, { outcome: 'solved', text: '管线施工完成，雨水井已疏通。' });

    const page = await portal.signIn('demo-agent');
    const queue = page.locator('section', { has: page.getByRole('heading', { name: '待回访' }) });
    const row = queue.locator(`li[data-request-id="${extended.requestId}"]`);
    await refreshUntil(page, row, () => queue.getByRole('button', { name: '刷新' }).click());
    await expect(row.innerText()).resolves.toMatch(/13900000030[\s\S]*已拨打 0 次，还可拨打 3 次/);
    await row.getByRole('button', { name: '回访', exact: true }).click();
    await expect(row.locator('.reply').innerText()).resolves.toContain('雨水井已疏通');
    await row.getByLabel('已联系到居民').uncheck();
    await screenshot(page, '38-agent-unreached-call');
    await row.getByRole('button', { name: '记录未接通' }).click();
    await page.getByText(/回访已记录，工单状态：已答复/).waitFor();
    await refreshUntil(page, row.getByText('已拨打 1 次，还可拨打 2 次'), () => queue.getByRole('button', { name: '刷新' }).click());
    await screenshot(page, '39-agent-callback-queue');
    await page.context().close();
  });

  it('lets the resident rate the answered request on a phone, which closes it as a valid callback', async () => {
    const page = await portal.signIn('demo-resident', PHONE);
    const item = page.locator(`li[data-request-id="${extended.requestId}"]`);
    await refreshUntil(page, item.getByRole('button', { name: '评价办理结果' }), () => page.getByRole('button', { name: '刷新' }).click());
    await item.getByRole('button', { name: '评价办理结果' }).click();
    await item.getByLabel('是', { exact: true }).check();
    await item.getByLabel('满意度').selectOption('basically-satisfied');
    await screenshot(page, '40-resident-rating');
    await item.getByRole('button', { name: '提交评价' }).click();
    await refreshUntil(page, item.getByText('已办结'), () => page.getByRole('button', { name: '刷新' }).click());
    const callback = await api.call<{ callbacks: Array<{ reached: boolean; satisfaction: string }> }>('demo-agent', 'GET', `/requests/${extended.requestId}/feedback`);
    expect(callback.callbacks.at(-1)).toMatchObject({ reached: true, satisfaction: 'basically-satisfied' });
    await page.context().close();
  });
});
