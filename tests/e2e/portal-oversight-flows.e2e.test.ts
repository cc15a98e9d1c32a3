import type { Page } from 'playwright-core';
import { TestClock } from '../support/stack/test-clock';
import { eventually, portalApi, type Order, type PortalApi } from './support/portal-api';
import { refreshUntil, screenshot, startEmbeddedPortal, type EmbeddedPortal } from './support/portal-browser';

// The portal's oversight flows not driven elsewhere, in Chromium against its own embedded CivicLoop on a
// test clock (timers every 500 ms): the unit inbox's filters kept in the URL, an objection approved by the
// unit manager once the admin requires it and then rejected by the dispatcher, a re-dispatch of an
// unsigned order, a missed sign-for deadline in the supervisor's queue with a notice the unit then sees,
// and a unit's appeal accepted by the supervisor. Setup that no one would do by hand goes through the API.
jest.setTimeout(300_000);

interface AssignmentState {
  id: string;
  unitCode: string;
  status: string;
  signForDeadline: string;
}

describe('oversight flows in the portal', () => {
  const clock = new TestClock();
  let portal: EmbeddedPortal;
  let api: PortalApi;
  let late: Order;

  beforeAll(async () => {
    portal = await startEmbeddedPortal('e2e-oversight-flows', { ...clock.env, CIVICLOOP_TIMER_INTERVAL_MS: '500' });
    api = portalApi(portal.baseUrl);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const assignmentsOf = (order: Order) => api.call<AssignmentState[]>('demo-dispatcher', 'GET', `/requests/${order.requestId}/assignments`);
  const orderNoOf = async (order: Order) => (await api.call<{ orderNo: string }>('demo-resident', 'GET', `/requests/${order.requestId}`)).orderNo;
  // The inbox's rows carry the order's role; a supervision notice on the same order does not.
  const inboxRow = (page: Page, order: Order) => page.locator(`li[data-role][data-assignment-id="${order.assignmentId}"]`);
  /** A card of the view (a region named by its heading). */
  const card = (page: Page, heading: string) => page.getByRole('region', { name: heading, exact: true });

  /** A datetime-local value in Asia/Shanghai (the browser context's zone), `days` after `instant`. */
  function localInput(instant: Date, days: number): string {
    return new Date(instant.getTime() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 16);
  }

  it('filters the unit inbox by status and text, and keeps the filter on reload', async () => {
    const unsigned = await api.dispatchedOrder('人行道井盖松动，行人踩踏有响声。');
    const signed = await api.dispatchedOrder('小区门口污水外溢，气味明显。');
    await api.call('demo-donghua-staff', 'POST', `/assignments/${signed.assignmentId}/sign`);
    const unsignedNo = await orderNoOf(unsigned);

    const page = await portal.signIn('demo-donghua-staff');
    const refresh = () => card(page, '承办待办').getByRole('button', { name: '刷新' }).first().click();
    await refreshUntil(page, inboxRow(page, signed).getByText('答复时限'), refresh);
    await page.getByLabel('状态').selectOption({ label: '待签收' });
    await inboxRow(page, signed).waitFor({ state: 'detached' });
    expect(await inboxRow(page, unsigned).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('status')).toBe('awaiting');

    await page.getByLabel('状态').selectOption({ label: '办理中' });
    await inboxRow(page, signed).waitFor();
    expect(await inboxRow(page, unsigned).count()).toBe(0);

    await page.getByLabel('状态').selectOption({ label: '全部' });
    await page.getByLabel('搜索').fill(unsignedNo);
    await inboxRow(page, signed).waitFor({ state: 'detached' });
    await page.getByText('显示 1 / ').waitFor();
    await screenshot(page, '50-unit-inbox-search');

    // A reload (or a shared link) keeps the filter: it lives in the query string.
    await page.reload();
    await inboxRow(page, unsigned).waitFor();
    expect(await page.getByLabel('搜索').inputValue()).toBe(unsignedNo);
    expect(await inboxRow(page, signed).count()).toBe(0);

    // Nothing is late yet.
    await page.getByLabel('只看超期').check();
    await page.getByText('没有符合筛选条件的工单。').waitFor();
    await page.getByRole('button', { name: '清除筛选' }).click();
    await inboxRow(page, signed).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('sends an objection to the unit manager first when the district requires it, then to the dispatcher', async () => {
    const admin = await portal.signIn('demo-admin');
    await admin.getByRole('link', { name: '区级管理' }).click();
    await admin.getByRole('link', { name: '区级规则设置' }).click();
    await admin.getByLabel('异议须经单位负责人审批').check();
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByText('设置已保存').waitFor();
    await screenshot(admin, '51-admin-manager-approval');
    await admin.context().close();

    const order = await api.dispatchedOrder('路灯不亮，疑属景山街道维护范围。');
    const reason = '该路灯由景山街道负责维护。';
    await api.call('demo-donghua-staff', 'POST', `/assignments/${order.assignmentId}/objection`, { reason });

    const manager = await portal.signIn('demo-donghua-manager');
    const approvals = card(manager, '待本单位领导审批');
    const waiting = approvals.locator('li', { hasText: reason });
    await refreshUntil(manager, waiting, () => approvals.getByRole('button', { name: '刷新' }).click());
    // Until the manager agrees, the dispatchers do not see it.
    const dispatcherQueue = () => api.call<Array<{ requestId: string }>>('demo-dispatcher', 'GET', '/objections');
    expect((await dispatcherQueue()).some((objection) => objection.requestId === order.requestId)).toBe(false);
    await screenshot(manager, '52-manager-approval');
    await waiting.getByRole('button', { name: '同意' }).click();
    await waiting.waitFor({ state: 'detached' });
    await manager.context().close();

    const dispatcher = await portal.signIn('demo-dispatcher');
    await dispatcher.getByRole('link', { name: '异议与延期' }).click();
    const queued = dispatcher.locator(`li[data-request-id="${order.requestId}"]`);
    await refreshUntil(dispatcher, queued, () => dispatcher.getByRole('button', { name: '刷新' }).click());
    await queued.getByRole('button', { name: '驳回异议' }).click();
    await queued.getByLabel('驳回理由').fill('经核实该路灯属东华门街道维护。');
    await queued.getByRole('button', { name: '确认驳回' }).click();
    await dispatcher.getByText('已驳回异议，工单退回原单位。').waitFor();
    await queued.waitFor({ state: 'detached' });
    await screenshot(dispatcher, '53-dispatcher-objection-rejected');
    await dispatcher.context().close();

    // Back with 东华门街道, to sign for; the district's rule book back as it was for the other tests.
    await eventually('the order back with 东华门街道', async () => (await assignmentsOf(order)).find((a) => a.id === order.assignmentId && a.status === 'dispatched'));
    await api.call('demo-admin', 'PUT', '/admin/district-settings', { settings: { managerApprovesObjections: false } });
  });

  it('lets the dispatcher re-dispatch an order not yet signed for', async () => {
    const order = await api.dispatchedOrder('景山后街积水，排水口被落叶堵住。');
    const dispatcher = await portal.signIn('demo-dispatcher');
    await dispatcher.getByRole('link', { name: '派单队列' }).click();
    await dispatcher.getByRole('link', { name: '改派', exact: true }).click();
    const row = dispatcher.locator(`li[data-request-id="${order.requestId}"]`);
    await refreshUntil(dispatcher, row, () => card(dispatcher, '已派单未签收').getByRole('button', { name: '刷新' }).click());
    await row.getByRole('button', { name: '改派' }).click();
    await row.getByLabel('改派至').selectOption('street-jingshan');
    await row.getByLabel('改派理由').fill('积水点位于景山街道辖区');
    await screenshot(dispatcher, '54-dispatcher-redispatch');
    await row.getByRole('button', { name: '确认改派' }).click();
    await dispatcher.getByText(/已改派至 景山街道/).waitFor();
    await dispatcher.context().close();

    const assignments = await eventually('the order with 景山街道', async () => {
      const list = await assignmentsOf(order);
      return list.some((a) => a.unitCode === 'street-jingshan' && a.status === 'dispatched') ? list : undefined;
    });
    expect(assignments.find((a) => a.id === order.assignmentId)?.status).toBe('withdrawn');
  });

  it('puts an order past its sign-for deadline in the supervisor’s queue, and the unit sees the notice', async () => {
    late = await api.dispatchedOrder('公厕水箱漏水，地面长期湿滑。');
    const { signForDeadline } = await api.call<AssignmentState>('demo-donghua-staff', 'GET', `/assignments/${late.assignmentId}`);
    clock.jumpTo(new Date(new Date(signForDeadline).getTime() + 60_000));

    const supervisor = await portal.signIn('demo-supervisor');
    await supervisor.getByRole('link', { name: '督办考核' }).click();
    const row = supervisor.locator(`li[data-request-id="${late.requestId}"]`);
    await refreshUntil(supervisor, row, () => card(supervisor, '超时督办').getByRole('button', { name: '刷新' }).click());
    await expect(row.innerText()).resolves.toMatch(/东华门街道[\s\S]*已超时/);
    await row.getByRole('button', { name: '发督办通知' }).click();
    await row.getByLabel('督办要求').fill('请今日内签收并安排维修。');
    await row.getByLabel('新的办理时限').fill(localInput(clock.now(), 1));
    await screenshot(supervisor, '55-supervisor-overdue-queue');
    await row.getByRole('button', { name: '发出通知' }).click();
    await supervisor.getByText(/已向 东华门街道 发出督办通知/).waitFor();
    await supervisor.context().close();

    const unit = await portal.signIn('demo-donghua-staff');
    const notice = card(unit, '督办通知').locator(`li[data-assignment-id="${late.assignmentId}"]`);
    await refreshUntil(unit, notice, () => unit.getByRole('button', { name: '刷新' }).first().click());
    await expect(notice.innerText()).resolves.toContain('请今日内签收并安排维修。');
    await screenshot(unit, '56-unit-supervision-notice');
    await unit.context().close();
  });

  it('lets a unit appeal its assessment of an order and the supervisor accept it', async () => {
    const unit = await portal.signIn('demo-donghua-staff');
    const row = inboxRow(unit, late);
    await refreshUntil(unit, row, () => card(unit, '承办待办').getByRole('button', { name: '刷新' }).first().click());
    await row.getByRole('button', { name: '考核申诉' }).click();
    await row.getByLabel('申诉理由').fill('签收超时系系统停电所致，附供电公司证明。');
    await screenshot(unit, '57-unit-appeal');
    await row.getByRole('button', { name: '提交申诉' }).click();
    await row.getByText('考核申诉已提交，等待督办审核。').waitFor();
    await unit.context().close();

    const supervisor = await portal.signIn('demo-supervisor');
    await supervisor.getByRole('link', { name: '督办考核' }).click();
    await supervisor.getByRole('link', { name: '考核申诉' }).click();
    const appeal = supervisor.locator(`li[data-request-id="${late.requestId}"]`);
    await refreshUntil(supervisor, appeal, () => card(supervisor, '待审核的考核申诉').getByRole('button', { name: '刷新' }).click());
    await expect(appeal.innerText()).resolves.toContain('系统停电');
    await appeal.getByRole('button', { name: '采纳申诉' }).click();
    await appeal.getByLabel('说明').fill('停电证明属实。');
    await screenshot(supervisor, '58-supervisor-appeal');
    await appeal.locator('form').getByRole('button', { name: '采纳申诉' }).click();
    await supervisor.getByText('已采纳 东华门街道 的申诉，该工单不计入其三率。').waitFor();
    await appeal.waitFor({ state: 'detached' });
    await supervisor.context().close();

    const accepted = await api.call<Array<{ assignmentId: string; note: string | null }>>('demo-supervisor', 'GET', '/assessment/appeals?state=accepted');
    expect(accepted.find((a) => a.assignmentId === late.assignmentId)?.note).toBe('停电证明属实。');
  });
});
