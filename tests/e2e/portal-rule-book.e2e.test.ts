import type { Page } from 'playwright-core';
import { PHONE, refreshUntil, screenshot, startEmbeddedPortal, submitResidentRequest, type EmbeddedPortal } from './support/portal-browser';

// The rule book in the portal, in Chromium against its own embedded CivicLoop: the admin's catalogue
// and dry-run, duplicates and merging, answers from the knowledge base, triage outcomes the resident
// sees, and a co-handler reporting to the lead.
jest.setTimeout(300_000);

interface Raised {
  id: string;
  orderNo: string;
}

const PROPERTY_ADDRESS = '南池子大街12号院';

describe('the rule book in the portal', () => {
  let portal: EmbeddedPortal;
  const mine: Record<'clutter' | 'clutterAgain' | 'consultation' | 'garbage', Raised> = {} as never;

  beforeAll(async () => {
    portal = await startEmbeddedPortal('e2e-rule-book');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  /** The resident raises a request on a phone; returns its id and order number from "my requests". */
  async function raise(page: Page, fields: { type: string; category: string; area: string; address: string; description: string }): Promise<Raised> {
    await page.getByLabel('诉求类型').selectOption(fields.type);
    await page.getByLabel('问题分类').selectOption(fields.category);
    await page.getByLabel('所在区域').selectOption(fields.area);
    await page.getByLabel('详细地址').fill(fields.address);
    await page.getByLabel('问题描述').fill(fields.description);
    await page.getByLabel('姓名').fill('王五');
    await page.getByLabel('联系电话').fill('13900000009');
    const { id, orderNo } = await submitResidentRequest(page);
    return { id, orderNo };
  }

  it('lets the district admin add a catalogue rule with a co-handler, keeping the input when the server refuses it, and the dry-run shows it', async () => {
    const page = await portal.signIn('demo-admin');
    await page.getByRole('link', { name: '区级管理' }).click();
    await page.getByRole('heading', { name: '派单目录规则' }).waitFor();
    await page.getByRole('button', { name: '新增规则' }).click();
    const form = page.getByRole('form', { name: '新增规则' });
    await form.getByLabel('问题分类').selectOption('environment.garbage');
    await form.getByLabel('所在区域').selectOption('jingshan');
    await form.getByLabel('主办单位（首接负责）').selectOption('street-jingshan');
    await form.getByLabel('区住房和城乡建设委员会', { exact: true }).check();
    await form.getByLabel('优先级').fill('1.5');
    await form.getByRole('button', { name: '保存' }).click();
    // The server's reason sits next to the field it names; what was typed stays.
    await expect(form.locator('.field-error').innerText()).resolves.toContain('priority must be an integer');
    expect(await form.getByLabel('优先级').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('问题分类').inputValue()).toBe('environment.garbage');
    await screenshot(page, '20-admin-rule-refused');

    await form.getByLabel('优先级').fill('1');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('规则已保存').waitFor();
    const row = page.locator('tbody tr', { hasText: '市容环境 · 垃圾清运' });
    await expect(row.innerText()).resolves.toMatch(/景山街道[\s\S]*景山街道[\s\S]*区住房和城乡建设委员会/);

    const dryRun = page.locator('section', { has: page.getByRole('heading', { name: '派单试算' }) });
    await dryRun.getByLabel('问题分类').selectOption('environment.garbage.overflow');
    await dryRun.getByLabel('所在区域').selectOption('jingshan.huangcheng');
    await dryRun.getByRole('button', { name: '试算' }).click();
    const answer = dryRun.locator('.result[data-outcome="dispatch"]');
    await answer.waitFor();
    expect(await answer.locator('[data-field="lead"]').innerText()).toBe('景山街道');
    expect(await answer.locator('[data-field="co-handlers"]').innerText()).toBe('区住房和城乡建设委员会');
    await expect(answer.innerText()).resolves.toMatch(/督办抄送\s*区政府办公室（兜底）/);
    await screenshot(page, '21-admin-catalogue-dry-run');

    await page.getByRole('link', { name: '区级规则设置' }).click();
    const share = page.getByLabel('到期提醒时点');
    await expect(share.inputValue()).resolves.toBe('75');
    await share.fill('150');
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.field-error').waitFor();
    expect(await share.inputValue()).toBe('150');
    await screenshot(page, '22-admin-settings-refused');
    await page.getByRole('link', { name: '单位、区域与分类' }).click();
    await page.getByRole('list', { name: '承办单位' }).locator('li[data-code="street-jingshan"]').waitFor();
    await screenshot(page, '23-admin-reference-trees');
    await page.context().close();
  });

  it('lets a resident raise requests on a phone: a property complaint twice, a consultation, and overflowing garbage', async () => {
    const page = await portal.signIn('demo-resident', PHONE);
    mine.clutter = await raise(page, { type: 'complaint', category: 'housing.property', area: 'donghua.nanchizi', address: PROPERTY_ADDRESS, description: '小区物业不清理楼道堆放的杂物，存在消防隐患' });
    mine.consultation = await raise(page, { type: 'consultation', category: 'housing.property', area: 'donghua.nanchizi', address: '南池子大街 80 号', description: '物业费的收费标准在哪里公示？' });
    mine.clutterAgain = await raise(page, { type: 'complaint', category: 'housing.property', area: 'donghua.nanchizi', address: PROPERTY_ADDRESS, description: '楼道里杂物还是没人清理，物业不管' });
    mine.garbage = await raise(page, { type: 'complaint', category: 'environment.garbage.overflow', area: 'jingshan.huangcheng', address: '皇城根南街 9 号', description: '垃圾桶满溢两天无人清运' });
    await page.context().close();
  });

  it('warns the agent of a duplicate at the same address while registering, and merges the new request into it', async () => {
    const page = await portal.signIn('demo-agent');
    const form = page.locator('form', { has: page.getByRole('heading', { name: '快速登记' }) });
    await form.getByLabel('问题分类').selectOption('housing.property');
    await form.getByLabel('所在区域').selectOption('donghua.nanchizi');
    await form.getByLabel('详细地址').fill(PROPERTY_ADDRESS);
    await form.getByLabel('问题描述').fill('楼道杂物堆放，物业不清理，有消防隐患');
    await form.getByLabel('姓名').fill('赵六');
    await form.getByLabel('联系电话').fill('13900000010');
    const offered = form.locator(`[data-duplicate-id="${mine.clutter.id}"]`);
    await offered.waitFor();
    await expect(offered.innerText()).resolves.toMatch(new RegExp(`${mine.clutter.orderNo}[\\s\\S]*相似度 \\d+%[\\s\\S]*同一地址`));
    await screenshot(page, '24-agent-duplicate-warning');

    await form.getByRole('button', { name: '登记', exact: true }).click();
    const saved = page.locator('section', { has: page.getByRole('heading', { name: /刚刚登记/ }) });
    await saved.getByRole('button', { name: `并入 ${mine.clutter.orderNo}` }).click();
    await saved.getByText(`已并入 ${mine.clutter.orderNo}`).waitFor();
    await screenshot(page, '25-agent-merged');
    await page.context().close();
  });

  it('lets the agent answer a consultation at once from the knowledge base, in one step', async () => {
    const page = await portal.signIn('demo-agent');
    const form = page.locator('form', { has: page.getByRole('heading', { name: '快速登记' }) });
    await form.getByLabel('诉求类型').selectOption('consultation');
    await form.getByLabel('问题分类').selectOption('utilities.water.outage');
    await form.getByLabel('所在区域').selectOption('donghua.dengshikou');
    await form.getByLabel('详细地址').fill('灯市口大街 3 号');
    await form.getByLabel('问题描述').fill('请问小区计划停水的通知在哪里可以查到？');
    await form.getByLabel('姓名').fill('钱七');
    await form.getByLabel('联系电话').fill('13900000011');
    await form.getByRole('searchbox', { name: '搜索知识库' }).fill('停水');
    const article = form.locator('li.article', { hasText: '计划停水通知在哪里查询' });
    await article.getByRole('button', { name: '用此条答复' }).click();
    await expect(form.getByLabel('答复说明').inputValue()).resolves.toContain('计划停水通知在哪里查询');
    await screenshot(page, '26-agent-answer-at-once');
    await form.getByRole('button', { name: '即时答复并登记' }).click();
    await page.getByText(/已即时答复并办结，工单号 \d{4}-\d{6}/).waitFor();
    // Nothing left to merge or triage: the answered consultation left the loop.
    expect(await page.getByRole('heading', { name: /刚刚登记/ }).count()).toBe(0);
    await page.context().close();
  });

  it('lets the dispatcher answer the resident’s consultation from the queue and merge the resident’s repeated complaint', async () => {
    const page = await portal.signIn('demo-dispatcher');
    await page.getByRole('link', { name: '派单队列' }).click();
    const consultation = page.locator(`li[data-request-id="${mine.consultation.id}"]`);
    await refreshUntil(page, consultation, () => page.getByRole('button', { name: '刷新' }).click());
    await consultation.getByRole('button', { name: '分流处置' }).click();
    await consultation.getByLabel('处置方式').selectOption('answered');
    await consultation.getByRole('searchbox', { name: '搜索知识库' }).fill('物业费');
    await consultation.locator('li.article', { hasText: '物业服务收费标准和投诉渠道' }).getByRole('button', { name: '用此条答复' }).click();
    await consultation.getByRole('button', { name: '确认处置' }).click();
    await page.getByText('已处置：即时答复').waitFor();

    const repeated = page.locator(`li[data-request-id="${mine.clutterAgain.id}"]`);
    await repeated.getByRole('button', { name: '查重并单' }).click();
    await repeated.getByRole('button', { name: `并入 ${mine.clutter.orderNo}` }).click();
    await page.getByText(`已并入 ${mine.clutter.orderNo}`).waitFor();
    await screenshot(page, '27-dispatcher-triaged-and-merged');
    await page.context().close();
  });

  it('shows the resident, on a phone, the answer with the article’s title and the order the complaint was merged into', async () => {
    const page = await portal.signIn('demo-resident', PHONE);
    const merged = page.locator(`li[data-request-id="${mine.clutterAgain.id}"] .outcome[data-outcome="merged"]`);
    await refreshUntil(page, merged, () => page.getByRole('button', { name: '刷新' }).click());
    await expect(merged.innerText()).resolves.toContain(`已并入工单 ${mine.clutter.orderNo}`);
    const answered = page.locator(`li[data-request-id="${mine.consultation.id}"] .outcome[data-outcome="answered"]`);
    await expect(answered.innerText()).resolves.toContain('已即时答复，参见知识库《物业服务收费标准和投诉渠道》');
    await screenshot(page, '28-resident-outcomes');
    await page.context().close();
  });

  it('lets the co-handler unit sign for its order and report to the lead, and the lead sees the report', async () => {
    const page = await portal.signIn('demo-housing-staff');
    const order = page.locator(`li[data-request-id="${mine.garbage.id}"][data-role="co-handler"]`);
    await refreshUntil(page, order, () => page.getByRole('button', { name: '刷新' }).click());
    await expect(order.innerText()).resolves.toContain('协办');
    await order.getByRole('button', { name: '签收' }).click();
    const report = order.getByRole('button', { name: '向主办单位报到' });
    await refreshUntil(page, report, () => page.getByRole('button', { name: '刷新' }).click());
    // A co-handler reports; only the lead replies for all.
    expect(await order.getByRole('button', { name: '答复', exact: true }).count()).toBe(0);
    await report.click();
    await order.getByLabel('报到内容').fill('已到场核查，垃圾桶由物业负责清运，已督促物业当天清运。');
    await order.getByRole('button', { name: '提交报到' }).click();
    await refreshUntil(page, order.locator('[data-reported="true"]'), () => page.getByRole('button', { name: '刷新' }).click());
    await screenshot(page, '29-co-handler-reported');
    await page.context().close();

    const lead = await portal.signIn('demo-jingshan-staff');
    const leadOrder = lead.locator(`li[data-request-id="${mine.garbage.id}"][data-role="lead"]`);
    const coHandler = leadOrder.locator('li[data-co-handler="housing-bureau"]');
    await refreshUntil(lead, coHandler.getByText('已督促物业当天清运'), () => lead.getByRole('button', { name: '刷新' }).click());
    await expect(coHandler.innerText()).resolves.toMatch(/区住房和城乡建设委员会[\s\S]*已报到/);
    expect(await coHandler.getAttribute('data-late')).toBe('false');
    await screenshot(lead, '30-lead-sees-co-handler');
    await lead.context().close();
  });

  it('opens the knowledge base from the login page without signing in', async () => {
    const page = await portal.anonymous(PHONE);
    await page.getByRole('link', { name: '打开知识库' }).click();
    await page.getByRole('heading', { name: '知识库' }).waitFor();
    await page.getByRole('searchbox', { name: '搜索知识库' }).fill('噪声');
    const hit = page.locator('li.article', { hasText: '夜间施工噪声扰民怎么办' });
    await hit.getByRole('button', { name: '阅读全文' }).click();
    await page.getByRole('article').waitFor();
    await screenshot(page, '31-public-knowledge-base');
    await page.context().close();
  });
});
