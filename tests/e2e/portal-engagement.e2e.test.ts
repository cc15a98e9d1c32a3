import { lastWeekdayOfMonth } from '../../libs/intake/src/engagement/rules/recurrence';
import { eventually } from './support/portal-api';
import { PHONE, refreshUntil, screenshot, startEmbeddedPortal, type EmbeddedPortal } from './support/portal-browser';

// Deputies and community in the portal (issue 9), in Chromium against the embedded CivicLoop: a
// street liaison plans and announces a reception day that residents then see without signing in,
// and a resident writes to a deputy through the deputy's public link, the deputy answers, and the
// resident follows the reply by the message's number and code.
jest.setTimeout(300_000);

describe('deputies and community in the portal, driven through Chromium', () => {
  let portal: EmbeddedPortal;
  // Next year: the demo district's own plan covers this year.
  const year = new Date().getFullYear() + 1;
  const firstDay = lastWeekdayOfMonth(year, 1, 4);

  beforeAll(async () => {
    portal = await startEmbeddedPortal('e2e-engagement');
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

  it('lets a resident write to a deputy through the deputy’s link, the deputy answer, and the resident follow the reply', async () => {
    const stations = await eventually('the demo station with 李秀英’s link', async () => {
      const list = await fetch(`${portal.baseUrl}/api/v1/public/stations?district=demo`).then((response) => (response.ok ? response.json() : undefined));
      return (list as Array<{ nextOpenings: Array<{ deputies: Array<{ name: string; linkToken: string | null }> }> }> | undefined)?.length ? list : undefined;
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
});
