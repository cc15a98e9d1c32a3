import { lastWeekdayOfMonth } from '../../libs/intake/src/engagement/rules/recurrence';
import { eventually } from './support/portal-api';
import { TestClock } from '../support/stack/test-clock';
import { PHONE, refreshUntil, screenshot, startEmbeddedPortal, type EmbeddedPortal } from './support/portal-browser';

// Deputies and community in the portal (issue 9), in Chromium against the embedded CivicLoop: a
// street liaison plans and announces a reception day that residents then see without signing in,
// and a resident writes to a deputy through the deputy's public link, the deputy answers, and the
// resident follows the reply by the message's number and code. Last, on virtual time, the announced
// day is held by a deputy, who signs and prints the work letter whose reply legs the liaison records.
jest.setTimeout(300_000);

describe('deputies and community in the portal, driven through Chromium', () => {
  let portal: EmbeddedPortal;
  const clock = new TestClock();
  // Next year: the demo district's own plan covers this year.
  const year = new Date().getFullYear() + 1;
  const firstDay = lastWeekdayOfMonth(year, 1, 4);

  beforeAll(async () => {
    portal = await startEmbeddedPortal('e2e-engagement', clock.env);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('lets a liaison plan a year (the team rules named on the team), announce a day, and residents see it on the public page', async () => {
    const page = await portal.signIn('demo-liaison');
    await page.getByRole('link', { name: '年度计划' }).click();
    await page.getByLabel('街道', { exact: true }).selectOption('street-donghua');
    await page.getByRole('spinbutton', { name: '年度' }).fill(String(year));
    await page.getByRole('checkbox', { name: '东华门街道 · 南池子社区' }).check();
    await page.getByRole('checkbox', { name: '东华门街道 · 灯市口社区' }).check();
    const team = page.locator('[data-team="0"]');
    await team.getByRole('checkbox', { name: /李秀英/ }).check();
    await team.getByRole('checkbox', { name: /张明/ }).check();
    await page.getByRole('button', { name: '生成年度计划' }).click();
    // Neither is in the system, and a 两代表一委员 team lacks its 党代表: both rules, on the team.
    await team.locator('[data-rule="team-needs-an-in-system-member"]').waitFor();
    await expect(team.locator('[data-rule="two-representatives-one-member"]').innerText()).resolves.toContain('两代表一委员');
    await screenshot(page, '60-liaison-plan-refused');

    await team.getByRole('checkbox', { name: /王建国/ }).check();
    await page.getByRole('button', { name: '生成年度计划' }).click();
    await page.getByText(`计划已生成：12 个接待日，第一次在 ${firstDay}。`).waitFor();
    await expect(team.locator('[data-rule]').count()).resolves.toBe(0);

    await page.getByRole('link', { name: '接待日', exact: true }).click();
    await page.getByLabel('月份').fill(`${year}-01`);
    const day = page.locator('li[data-reception-id]', { hasText: firstDay });
    await day.waitFor();
    await expect(day.innerText()).resolves.toContain('南池子社区');
    await day.getByRole('button', { name: '查看登记与接待' }).click();
    await day.getByRole('button', { name: '发布公告' }).click();
    await day.getByText('已公告，居民可在公告页看到并预约。').waitFor();
    await day.locator('.badge', { hasText: '已公告' }).waitFor();
    await screenshot(page, '61-liaison-announced');
    await page.context().close();

    // Without signing in: the sign-in page links to the public page, which lists the day with its team and pins it on the map.
    const visitor = await portal.anonymous(PHONE);
    await visitor.getByRole('link', { name: /近期代表委员接待日/ }).click();
    const shown = visitor.locator('li[data-reception-id]', { hasText: firstDay });
    await shown.waitFor();
    const text = await shown.innerText();
    for (const member of ['王建国（党代表）', '李秀英（人大代表）', '张明（政协委员）']) expect(text).toContain(member);
    await visitor.getByRole('img', { name: /示意图/ }).waitFor();
    await screenshot(visitor, '62-public-receptions');
    await visitor.context().close();
  });

  it('lets a residents’ committee collect an issue, deliberate it in a session (too many ballots refused by name) and order it from a department', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const page = await portal.signIn('demo-nanchizi-staff');
    await page.getByRole('link', { name: '社区议事' }).click();
    await page.getByRole('button', { name: '收集议题' }).click();
    await page.getByLabel('社区', { exact: true }).selectOption('donghua.nanchizi');
    await page.getByLabel('来源').selectOption('building-round');
    await page.getByLabel('议题内容').fill('12号院外墙瓷砖脱落，行人经过有危险。');
    await page.getByRole('button', { name: '登记议题' }).click();
    await page.getByText('议题已登记，待分类。').waitFor();
    const issue = page.locator('li[data-community-issue]', { hasText: '12号院外墙瓷砖脱落' });
    await issue.getByRole('button', { name: '分类处理' }).click();
    await issue.getByRole('radio', { name: '社区协商' }).check();
    await issue.getByRole('button', { name: '确定分类' }).click();
    await page.getByText('已列为社区协商议题，可安排议事会。').waitFor();
    await issue.locator('.badge', { hasText: '待议事' }).waitFor();

    await page.getByRole('link', { name: '议事会' }).click();
    await page.getByRole('button', { name: '安排议事会' }).click();
    await page.getByLabel('社区', { exact: true }).selectOption('donghua.nanchizi');
    await page.getByLabel('日期').fill(today);
    await page.getByLabel('地点').fill('南池子社区议事厅');
    await page.getByLabel(/12号院外墙瓷砖脱落.*备选方案/).fill('物业自行修缮\n报住建委统一修缮');
    const names = page.getByLabel('姓名');
    for (const [i, name] of ['社区书记', '业委会主任', '物业经理', '居民代表'].entries()) await names.nth(i).fill(name);
    await page.getByRole('button', { name: '保存议事会' }).click();
    await page.getByText('议事会已安排。').waitFor();
    const session = page.locator('li[data-session-id]', { hasText: '南池子社区议事厅' }).first();
    await session.getByRole('button', { name: '召开议事会' }).click();
    await session.getByRole('button', { name: '召开议事会' }).last().click();
    await page.getByText('议事会已召开，可记录表决。').waitFor();

    await session.getByRole('button', { name: '记录表决' }).click();
    await session.getByLabel('“物业自行修缮”票数').fill('1');
    await session.getByLabel('“报住建委统一修缮”票数').fill('9');
    await session.getByRole('button', { name: '保存表决结果' }).click();
    // Four participants vote: nine ballots are refused, naming the rule.
    await expect(session.getByRole('alert').innerText()).resolves.toContain('ballots-within-voters');
    await session.getByLabel('“报住建委统一修缮”票数').fill('3');
    await session.getByRole('button', { name: '保存表决结果' }).click();
    await page.getByText('表决结果已保存。').waitFor();
    await session.getByText('报住建委统一修缮：3 票').waitFor();

    await session.getByRole('button', { name: '形成决议' }).click();
    await session.getByLabel('决议', { exact: true }).selectOption('order');
    await session.getByLabel('接单部门').selectOption('housing-bureau');
    await session.getByLabel('问题分类').selectOption('housing.property');
    await session.getByLabel('详细地址').fill('南池子大街 12 号院');
    await session.getByLabel('联系人').fill('陈主任');
    await session.getByLabel('联系电话').fill('13600136012');
    await session.getByRole('button', { name: '保存决议' }).click();
    await page.getByText('决议已保存。').waitFor();
    await session.getByText(/已向 区住房和城乡建设委员会 下单，工单 \d{4}-\d{6}/).waitFor();
    await screenshot(page, '66-community-session-ordered');
    await page.context().close();
  });

  it('lets a resident write to a deputy through the deputy’s link, the deputy answer, and the resident follow the reply', async () => {
    type PublicStation = { nextOpenings: Array<{ deputies: Array<{ name: string; linkToken: string | null }> }> };
    const stations = await eventually('the demo station with 李秀英’s link', async () => {
      const response = await fetch(`${portal.baseUrl}/api/v1/public/stations?district=demo`);
      const list = response.ok ? ((await response.json()) as PublicStation[]) : [];
      return list.length > 0 ? list : undefined;
    });
    const token = stations.flatMap((station) => station.nextOpenings.flatMap((opening) => opening.deputies)).find((deputy) => deputy.name === '李秀英' && deputy.linkToken)!.linkToken!;

    const resident = await portal.anonymous(PHONE);
    await resident.goto(`${portal.baseUrl}/deputies/${token}/write?district=demo`);
    await resident.getByRole('heading', { name: '给 李秀英 留言' }).waitFor();
    await resident.getByLabel('您想反映的事情').fill('小区物业不公开维修基金账目，业主多次询问无果。');
    await resident.getByLabel('居民姓名').fill('周八');
    await resident.getByLabel('联系电话').fill('13700137008');
    await resident.getByRole('button', { name: '发送留言' }).click();
    const receipt = resident.locator('[data-message-no]');
    await receipt.waitFor();
    const messageNo = (await receipt.getAttribute('data-message-no'))!;
    await expect(receipt.innerText()).resolves.toContain(messageNo);
    await screenshot(resident, '63-resident-wrote-to-deputy');

    const deputy = await portal.signIn('demo-deputy');
    await deputy.getByRole('link', { name: '网上留言' }).click();
    const message = deputy.locator(`li[data-station-issue="${messageNo}"]`);
    await refreshUntil(deputy, message, () => deputy.getByRole('button', { name: '刷新' }).click());
    await expect(message.innerText()).resolves.toContain('维修基金账目');
    // The resident's identity is masked for the deputy too.
    await expect(message.innerText()).resolves.toContain('137****7008');
    await message.getByRole('button', { name: '接收' }).click();
    await message.getByRole('button', { name: '答复居民' }).click();
    await message.getByLabel('答复内容').fill('已约物业和业委会下周公开账目，我会到场监督。');
    await message.getByRole('button', { name: '发送答复' }).click();
    await deputy.getByText('答复已发给居民。').waitFor();
    await message.locator('.badge', { hasText: '已答复' }).waitFor();
    await screenshot(deputy, '64-deputy-answered');
    await deputy.context().close();

    // The number and code are filled in under the receipt: the resident looks the reply up.
    await resident.getByRole('button', { name: '查询' }).click();
    const followed = resident.locator(`[data-followed="${messageNo}"]`);
    await followed.waitFor();
    await expect(followed.innerText()).resolves.toContain('已约物业和业委会下周公开账目');
    await screenshot(resident, '65-resident-follows-reply');
    await resident.context().close();
  });

  it('lets a resident register for the announced day, a deputy hold it and sign and print the letter, and the liaison record the reply legs', async () => {
    const resident = await portal.signIn('demo-resident', PHONE);
    await resident.getByRole('link', { name: '接待日公告' }).click();
    const listed = resident.locator('li[data-reception-id]', { hasText: firstDay });
    await listed.getByRole('button', { name: '预约登记' }).click();
    await listed.getByLabel('居民姓名').fill('吴九');
    await listed.getByLabel('联系电话').fill('13700137009');
    await listed.getByLabel('反映事项').fill('物业费上涨没有公示');
    await listed.getByLabel('问题分类').selectOption('housing.property');
    await listed.getByRole('button', { name: '登记', exact: true }).click();
    await resident.getByText('预约登记成功。').waitFor();
    await resident.context().close();

    // The reception day itself, 10:00 in Beijing: holding is recorded on its day.
    clock.jumpTo(new Date(`${firstDay}T10:00:00+08:00`));
    const deputy = await portal.signIn('demo-deputy');
    await deputy.getByLabel('月份').fill(`${year}-01`);
    const day = deputy.locator('li[data-reception-id]', { hasText: firstDay });
    await day.getByRole('button', { name: '查看登记与接待' }).click();
    // Step 3: the registered topic and who of the team fits it (李秀英 keeps property disputes).
    await day.getByText(/物业费上涨没有公示/).waitFor();
    await day.getByText('建议接待代表：李秀英').waitFor();
    await day.getByRole('button', { name: '记录接待' }).click();
    await day.getByLabel('详细地址').fill('南池子大街 30 号院');
    await day.getByRole('button', { name: '提交接待记录' }).click();
    await deputy.getByText('接待已记录。').waitFor();
    // One resident: recorded, with the guideline named.
    await day.getByText(/每次接待原则上不少于三名居民/).waitFor();
    await screenshot(deputy, '67-deputy-held-reception');

    await deputy.getByRole('link', { name: '交办函与答复' }).click();
    const issue = deputy.locator('li[data-issue-id]', { hasText: '物业费上涨没有公示' });
    await issue.getByRole('button', { name: '撰写交办函' }).click();
    await issue.getByLabel('承办单位').selectOption('housing-bureau');
    await issue.getByLabel('代表委员会商意见').fill('接待组认为物业调价须依法公示，应由住建委督促。');
    await issue.getByLabel('交办事项').fill('请督促物业公司公示调价依据，并一个月内答复代表。');
    await issue.getByLabel('签发代表').selectOption({ label: '李秀英' });
    await issue.getByRole('button', { name: '签发交办函' }).click();
    await deputy.getByText('交办函已签发，问题已转为工单。').waitFor();
    const firstLeg = issue.locator('li[data-leg="department-to-liaison"]');
    await expect(firstLeg.innerText()).resolves.toMatch(/待答复[\s\S]*期限/);
    const [letter] = await Promise.all([deputy.waitForEvent('popup'), issue.getByRole('button', { name: '打印交办函' }).click()]);
    await letter.waitForLoadState();
    await letter.getByText(/李秀英（签名）/).waitFor();
    await screenshot(letter, '68-work-letter');
    await deputy.context().close();

    const liaison = await portal.signIn('demo-liaison');
    await liaison.getByRole('link', { name: '问题与答复' }).click();
    const relayed = liaison.locator('li[data-issue-id]', { hasText: '物业费上涨没有公示' });
    const leg = relayed.locator('li[data-leg="department-to-liaison"]');
    await leg.getByRole('button', { name: '记录答复' }).click();
    await leg.getByLabel('答复内容').fill('住建委已约谈物业，一周内公示调价依据。');
    await leg.getByRole('button', { name: '提交答复' }).click();
    await liaison.getByText('答复已记录。').waitFor();
    await relayed.locator('li[data-leg="department-to-liaison"][data-standing="replied"]').waitFor();
    await expect(relayed.innerText()).resolves.toContain('李秀英 签发');
    await screenshot(liaison, '69-liaison-legs');
    await liaison.context().close();
  });
});
