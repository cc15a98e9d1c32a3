/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { axeFindings, isBlocking, keyboardWalk, type AxeFinding, type KeyboardReport } from './support/accessibility';
import { portalApi } from './support/portal-api';
import { DESKTOP, PHONE, screenshot, startEmbeddedPortal, type EmbeddedPortal } from './support/portal-browser';

// Accessibility of every role's views, in Chromium against its own embedded CivicLoop: axe-core's
// WCAG 2.1 A/AA rules (no serious or critical violation; lesser ones printed) and a Tab walk (every
// control reachable, each with a visible focus ring). One order is dispatched first so lists have rows.
jest.setTimeout(300_000);

const ROLES: Array<{ username: string; viewport: { width: number; height: number } }> = [
  { username: 'demo-resident', viewport: PHONE },
  { username: 'demo-agent', viewport: DESKTOP },
  { username: 'demo-donghua-staff', viewport: DESKTOP },
  { username: 'demo-donghua-manager', viewport: DESKTOP },
  { username: 'demo-dispatcher', viewport: DESKTOP },
  { username: 'demo-supervisor', viewport: DESKTOP },
  { username: 'demo-admin', viewport: DESKTOP },
  { username: 'demo-deputy', viewport: DESKTOP },
  { username: 'demo-liaison', viewport: DESKTOP },
  { username: 'demo-nanchizi-staff', viewport: PHONE },
];

describe('accessibility of the portal', () => {
  let portal: EmbeddedPortal;
  const lesser: AxeFinding[] = [];

  beforeAll(async () => {
    portal = await startEmbeddedPortal('e2e-accessibility');
    await portalApi(portal.baseUrl).dispatchedOrder('路口雨水井堵塞，积水没过脚踝。');
  });

  afterAll(async () => {
    if (lesser.length) console.log(`axe: lesser (moderate/minor) WCAG 2.1 A/AA findings:\n${lesser.map(line).join('\n')}`);
    else console.log('axe: no moderate or minor WCAG 2.1 A/AA findings');
    await portal?.stop();
  });

  function line(finding: AxeFinding): string {
    return `  [${finding.impact}] ${finding.view}: ${finding.rule} — ${finding.help} (${finding.targets.slice(0, 3).join(', ')})`;
  }

  /** Waits until the view has loaded (no loading notice left), so axe sees what the user sees. */
  async function settled(page: Page): Promise<void> {
    // React keeps the previous view (hidden) while the next one's chunk loads.
    await page.locator('main > :not([style*="display: none"])').first().waitFor();
    await page.locator('main p.status:not(.status-ok):not(.status-error)').first().waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
  }

  /** Opens the forms and panels behind collapsed toggles (objection, reply, triage...); false when there were none. */
  async function openCollapsedPanels(page: Page): Promise<boolean> {
    const toggles = page.locator('main button[aria-expanded="false"]:visible');
    let opened = 0;
    while (opened < 12 && (await toggles.count()) > 0) {
      await toggles.first().click();
      opened++;
    }
    if (opened > 0) await settled(page);
    return opened > 0;
  }

  /** Every view of the signed-in user: each tab of the main navigation and each section within it. */
  async function auditAllViews(page: Page, who: string): Promise<{ blocking: AxeFinding[]; keyboard: Array<KeyboardReport & { view: string }> }> {
    const blocking: AxeFinding[] = [];
    const keyboard: Array<KeyboardReport & { view: string }> = [];
    const audit = async (view: string) => {
      await settled(page);
      const findings = await axeFindings(page, view);
      blocking.push(...findings.filter(isBlocking));
      lesser.push(...findings.filter((finding) => !isBlocking(finding)));
      keyboard.push({ view, ...(await keyboardWalk(page)) });
      await screenshot(page, `a11y-${view.replace(/[^\w-]+/g, '_')}`);
    };
    const auditWithFormsOpen = async (view: string) => {
      await audit(view);
      if (await openCollapsedPanels(page)) await audit(`${view} (panels open)`);
    };
    const tabs = await page.locator('nav.tabs a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of tabs) {
      await page.locator(`nav.tabs a[href="${href}"]`).click();
      await settled(page);
      const sections = await page.locator('nav.sub-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      if (sections.length === 0) await auditWithFormsOpen(`${who}${href}`);
      for (const section of sections) {
        await page.locator(`nav.sub-nav a[href="${section}"]`).click();
        await auditWithFormsOpen(`${who}${href}${section}`);
      }
    }
    return { blocking, keyboard };
  }

  function expectClean(result: { blocking: AxeFinding[]; keyboard: Array<KeyboardReport & { view: string }> }): void {
    expect(result.blocking.map(line)).toEqual([]);
    expect(result.keyboard.filter((report) => report.unreached.length > 0).map(({ view, unreached }) => ({ view, unreached }))).toEqual([]);
    expect(result.keyboard.filter((report) => report.withoutRing.length > 0).map(({ view, withoutRing }) => ({ view, withoutRing }))).toEqual([]);
  }

  it('has no serious or critical violations on the sign-in page', async () => {
    const page = await portal.anonymous(PHONE);
    await page.locator('button[data-username]').first().waitFor();
    // The audit can fail: text too pale to read is a serious finding.
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p id="pale" style="color:#c0c0c0;background:#fff">浅灰色文字</p>'));
    expect((await axeFindings(page, 'self-check')).filter(isBlocking).map((finding) => finding.rule)).toContain('color-contrast');
    await page.evaluate(() => document.getElementById('pale')!.remove());
    const findings = await axeFindings(page, 'sign-in');
    lesser.push(...findings.filter((finding) => !isBlocking(finding)));
    expectClean({ blocking: findings.filter(isBlocking), keyboard: [{ view: 'sign-in', ...(await keyboardWalk(page)) }] });
    await page.context().close();
  });

  it('has no serious or critical violations on the public reception page and a deputy’s link, without signing in', async () => {
    const page = await portal.anonymous(PHONE);
    const blocking: AxeFinding[] = [];
    const keyboard: Array<KeyboardReport & { view: string }> = [];
    const audit = async (view: string) => {
      await settled(page);
      const findings = await axeFindings(page, view);
      blocking.push(...findings.filter(isBlocking));
      lesser.push(...findings.filter((finding) => !isBlocking(finding)));
      keyboard.push({ view, ...(await keyboardWalk(page)) });
      await screenshot(page, `a11y-${view}`);
    };
    await page.goto(`${portal.baseUrl}/receptions?district=demo`);
    await page.locator('li[data-station-id]').first().waitFor();
    await audit('public-receptions');
    await page.locator('li[data-station-id] a').first().click();
    await page.getByRole('heading', { name: /留言/ }).first().waitFor();
    await audit('public-write-to-deputy');
    expectClean({ blocking, keyboard });
    await page.context().close();
  });

  it.each(ROLES)('has no serious or critical violations in the views of $username', async ({ username, viewport }) => {
    const page = await portal.signIn(username, viewport);
    const result = await auditAllViews(page, username);
    // The English portal too, on the first view: the language switch changes every string.
    await page.getByRole('button', { name: /English/ }).click();
    await page.locator('nav.tabs a').first().click();
    await settled(page);
    const english = await axeFindings(page, `${username} (en)`);
    result.blocking.push(...english.filter(isBlocking));
    lesser.push(...english.filter((finding) => !isBlocking(finding)));
    expectClean(result);
    await page.context().close();
  });
});
