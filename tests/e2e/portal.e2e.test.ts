import { portalApi } from './support/portal-api';
import { DESKTOP, PHONE, refreshUntil, screenshot, startEmbeddedPortal, submitResidentRequest, type EmbeddedPortal } from './support/portal-browser';

// The portal in a real browser (Debian's Chromium, never a downloaded one) against the embedded
// CivicLoop started as a process: the whole loop through the screens people use.
jest.setTimeout(240_000);

/** A 1×1 PNG: the smallest photo a resident can attach. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('the portal, served by the gateway, driven through Chromium', () => {
  let portal: EmbeddedPortal;
  let baseUrl: string;
  let requestId: string;
  let ratesBefore: string;

  beforeAll(async () => {
    portal = await startEmbeddedPortal('e2e-embedded');
    baseUrl = portal.baseUrl;
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const signIn = (username: string, viewport = DESKTOP) => portal.signIn(username, viewport);

  it('serves the portal at / and its routes, while /api stays the API', async () => {
    const index = await fetch(`${baseUrl}/unit`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    const api = await fetch(`${baseUrl}/api/v1/no-such-thing`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${baseUrl}/api/docs/openapi.json`)).status).toBe(200);
    // The embedded mode has no Keycloak: the portal is told to use the development login.
    expect(await (await fetch(`${baseUrl}/api/v1/portal-config`)).json()).toEqual({ login: 'dev' });
  });

  it('sends the portal compressed, and the API as is', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)![1];
    const bundle = await fetch(`${baseUrl}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-encoding')).toBe('gzip');
    const api = await fetch(`${baseUrl}/api/v1/portal-config`, { headers: { 'accept-encoding': 'gzip' } });
    expect(api.headers.get('content-encoding')).toBeNull();
  });

  it('lets the supervisor see the rates before anything happened', async () => {
    const page = await signIn('demo-supervisor');
    await page.getByRole('heading', { name: '各单位三率' }).waitFor();
    await page.locator('.status[role=status]').waitFor({ state: 'detached' });
    ratesBefore = (await page.locator('tr[data-unit="street-donghua"]').count()) > 0 ? await page.locator('tr[data-unit="street-donghua"]').innerText() : '';
    await screenshot(page, '01-supervisor-before');
    await page.context().close();
  });

  it('lets a resident raise a request on a phone, keeping the input when the server refuses it', async () => {
    const page = await signIn('demo-resident', PHONE);
    await screenshot(page, '02-resident-empty');
    await page.getByLabel('问题分类').selectOption('drainage.blockage');
    await page.getByLabel('所在区域').selectOption('donghua.nanchizi');
    await page.getByLabel('详细地址').fill('南池子大街 12 号');
    await page.getByLabel('问题描述').fill('小区门口下水道堵塞，污水外溢。');
    await page.getByLabel('姓名').fill('张三');
    await page.getByLabel('联系电话').fill('12345');
    await page.getByRole('button', { name: '提交诉求' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.innerText()).resolves.toContain('residentPhone');
    expect(await page.getByLabel('问题描述').inputValue()).toBe('小区门口下水道堵塞，污水外溢。');
    await screenshot(page, '03-resident-error');

    await page.getByLabel('联系电话').fill('13800138000');
    // A photo taken on the phone goes with it, made smaller before sending.
    await page.getByLabel('现场照片（可选）').setInputFiles({ name: '积水.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') });
    await page.getByRole('img', { name: '照片 1' }).waitFor();
    // "My requests" comes from the server (GET /requests), not from this browser.
    const { item, id } = await submitResidentRequest(page);
    requestId = id;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await item.getByRole('list', { name: '照片 1 张' }).getByRole('img').waitFor();
    await refreshUntil(page, item.getByText('已派单'), () => page.getByRole('button', { name: '刷新' }).click());
    // Its progress as a timeline, from the request's history.
    await item.getByText('办理进度').click();
    const steps = item.getByRole('list', { name: '办理进度' });
    await steps.locator('li[data-event-type="assignment.created"]').waitFor();
    await expect(steps.innerText()).resolves.toMatch(/已登记[\s\S]*已派单/);
    await screenshot(page, '04-resident-my-requests');
    await page.context().close();
  });

  it('lets the Donghuamen unit staff sign for the order and reply in its inbox', async () => {
    const page = await signIn('demo-donghua-staff');
    const row = page.locator(`li[data-request-id="${requestId}"]`);
    await refreshUntil(page, row, () => page.getByRole('button', { name: '刷新' }).click());
    await expect(row.locator('.deadline').innerText()).resolves.toMatch(/剩余/);
    await screenshot(page, '05-unit-inbox');
    await row.getByRole('button', { name: '签收' }).click();
    const replyButton = row.getByRole('button', { name: '答复', exact: true });
    await refreshUntil(page, replyButton, () => page.getByRole('button', { name: '刷新' }).click());
    await replyButton.click();
    await row.getByLabel('办理结果').selectOption('solved');
    await row.getByLabel('答复内容').fill('已联系居民并疏通下水道，现场恢复正常。');
    await screenshot(page, '06-unit-reply-form');
    await row.getByRole('button', { name: '提交答复' }).click();
    await refreshUntil(page, row.getByText('已答复'), () => page.getByRole('button', { name: '刷新' }).click());
    await screenshot(page, '07-unit-replied');
    await page.context().close();
  });

  it('lets the agent pick the replied request from the callback queue and record the callback', async () => {
    const page = await signIn('demo-agent');
    const queue = page.locator('section', { has: page.getByRole('heading', { name: '待回访' }) });
    const row = queue.locator(`li[data-request-id="${requestId}"]`);
    await refreshUntil(page, row, () => queue.getByRole('button', { name: '刷新' }).click());
    await expect(row.innerText()).resolves.toContain('13800138000');
    await row.getByRole('button', { name: '回访' }).click();
    const record = page.getByRole('button', { name: '记录回访' });
    await record.waitFor();
    await expect(page.locator('.reply').innerText()).resolves.toContain('已联系居民并疏通下水道');
    await page.getByLabel('是', { exact: true }).check();
    await page.getByLabel('满意度').selectOption('satisfied');
    await screenshot(page, '08-agent-callback');
    await record.click();
    await page.getByText(/回访已记录/).waitFor();
    await screenshot(page, '09-agent-callback-done');
    await page.context().close();
  });

  it('lets an agent register a property dispute from the keyboard, and a dispatcher send it from the queue', async () => {
    const agentPage = await signIn('demo-agent');
    const form = agentPage.locator('form', { has: agentPage.getByRole('heading', { name: '快速登记' }) });
    await form.getByLabel('来源渠道').focus();
    await agentPage.keyboard.press('Tab');
    expect(await agentPage.locator(':focus').getAttribute('name')).toBe('type');
    await form.getByLabel('问题分类').selectOption('housing.property');
    await form.getByLabel('所在区域').selectOption('jingshan.huangcheng');
    await form.getByLabel('详细地址').fill('皇城根南街 3 号');
    await form.getByLabel('问题描述').fill('物业长期不清理楼道杂物。');
    await form.getByLabel('姓名').fill('李四');
    // The caller's phone brings up their earlier requests (the resident's, registered above).
    await form.getByLabel('联系电话').fill('13800138000');
    const earlier = agentPage.locator('section', { has: agentPage.getByRole('heading', { name: '13800138000 的历史诉求' }) });
    await earlier.locator(`li[data-request-id="${requestId}"]`).waitFor();
    await screenshot(agentPage, '10-agent-caller-history');
    await form.getByLabel('联系电话').fill('010-65123456');
    await form.getByLabel('联系电话').press('Enter');
    await agentPage.getByText(/已登记，工单号/).waitFor();
    await agentPage.context().close();

    const page = await signIn('demo-dispatcher');
    await page.getByRole('link', { name: '派单队列' }).click();
    const entry = page.locator('li.request-item', { hasText: '物业管理' }).first();
    await refreshUntil(page, entry, () => page.getByRole('button', { name: '刷新' }).click());
    await screenshot(page, '11-dispatch-queue');
    const disputeId = (await entry.getAttribute('data-request-id'))!;
    await entry.getByLabel('派往单位').selectOption('housing-bureau');
    await entry.getByLabel('派单说明').fill('属物业管理，派住建委');
    // 吹哨报到: the street co-handles and reports to the housing bureau.
    await entry.getByRole('group', { name: '协办单位（吹哨报到）' }).getByLabel('东华门街道').check();
    await entry.getByRole('button', { name: '派单' }).click();
    await page.getByText(/已派至/).waitFor();
    const orders = await portalApi(baseUrl).call<Array<{ unitCode: string; role: string }>>('demo-dispatcher', 'GET', `/requests/${disputeId}/assignments`);
    expect(orders.map((order) => `${order.unitCode}:${order.role}`).sort()).toEqual(['housing-bureau:lead', 'street-donghua:co-handler']);
    await page.context().close();
  });

  it('shows the supervisor the rates table changed, in Chinese and in English', async () => {
    const page = await signIn('demo-supervisor');
    const satisfaction = page.locator('tr[data-unit="street-donghua"] td[data-rate="satisfactionRate"]');
    await refreshUntil(page, page.locator('tr[data-unit="street-donghua"]', { hasText: '100%' }), () => page.getByRole('button', { name: '刷新' }).click());
    expect(await satisfaction.innerText()).toBe('100%');
    expect(await page.locator('tr[data-unit="street-donghua"]').innerText()).not.toBe(ratesBefore);
    await expect(page.locator('figure.chart svg rect').count()).resolves.toBeGreaterThan(3);
    await screenshot(page, '12-supervisor-after');
    await page.getByRole('button', { name: /语言/ }).click();
    await page.getByRole('heading', { name: 'Three rates per unit' }).waitFor();
    await screenshot(page, '13-supervisor-english');
    await page.setViewportSize(PHONE);
    await screenshot(page, '14-supervisor-phone');
    await page.context().close();
  });
});
