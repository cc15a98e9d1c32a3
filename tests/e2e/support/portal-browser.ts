import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { freePort } from '../../support/stack/free-port';
import { REPO_ROOT, ServiceProcess } from '../../support/stack/service-process';

// The portal in Debian's Chromium (never a downloaded browser) against the embedded CivicLoop
// started as a process of its own: shared by the portal's end-to-end suites.
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO_ROOT, 'tests/artifacts/screenshots');
const PORTAL_INDEX = join(REPO_ROOT, 'dist/portal/index.html');
// Without the background-networking flags Chromium floods this closed network with connection attempts.
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

export interface EmbeddedPortal {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own sessionStorage) signed in through the development login. */
  signIn(username: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** A fresh browser context, not signed in. */
  anonymous(viewport?: { width: number; height: number }): Promise<Page>;
  stop(): Promise<void>;
}

/**
 * Starts the embedded CivicLoop (own data directory and ports) and Chromium; fails when either is missing.
 * `extraEnv` goes to the CivicLoop process (e.g. a TestClock's env and a short CIVICLOOP_TIMER_INTERVAL_MS).
 */
export async function startEmbeddedPortal(name: string, extraEnv: Record<string, string> = {}): Promise<EmbeddedPortal> {
  // Missing prerequisites fail the suite: a browser test that skips proves nothing.
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (never a downloaded browser)`);
  if (!existsSync(PORTAL_INDEX)) throw new Error(`${PORTAL_INDEX} is missing: npm run build:portal first`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), `civicloop-${name}-`));
  const [httpPort, pgPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${httpPort}`;
  const civicloop = new ServiceProcess({
    name,
    entry: 'apps/civicloop/src/main.ts',
    healthUrl: `${baseUrl}/health/ready`,
    env: { ...extraEnv, CIVICLOOP_DATA_DIR: dataDir, CIVICLOOP_HTTP_PORT: String(httpPort), CIVICLOOP_EMBEDDED_PG_PORT: String(pgPort) },
  });
  // launch() gives every run a fresh, temporary user-data-dir of its own.
  const [browser] = await Promise.all([chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }), civicloop.start()]);

  const anonymous = async (viewport = DESKTOP) => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    // A crash in the portal shows in the test's output, not only as an element that never appears.
    page.on('pageerror', (error) => console.error(`portal page error: ${error.stack ?? error.message}`));
    await page.goto(`${baseUrl}/`);
    return page;
  };
  return {
    baseUrl,
    browser,
    anonymous,
    async signIn(username, viewport = DESKTOP) {
      const page = await anonymous(viewport);
      await page.locator(`button[data-username="${username}"]`).click();
      await page
        .getByRole('button', { name: '退出登录' })
        .waitFor()
        .catch(async (error: unknown) => {
          await screenshot(page, `sign-in-failed-${username}`);
          throw error;
        });
      return page;
    },
    async stop() {
      await browser?.close();
      await civicloop?.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Clicks `refresh` until `ready` is visible (the services act on events, a moment later). */
export async function refreshUntil(page: Page, ready: Locator, refresh: () => Promise<unknown>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready.isVisible())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${ready}`);
    await refresh();
    await page.waitForTimeout(500);
  }
}

/** Submits the resident's form and finds the new request in "my requests" (from the server) by its order number. */
export async function submitResidentRequest(page: Page): Promise<{ item: Locator; orderNo: string; id: string }> {
  await page.getByRole('button', { name: '提交诉求' }).click();
  const submitted = page.getByText(/已提交，工单号 \d{4}-\d{6}/);
  await submitted.waitFor();
  const orderNo = /\d{4}-\d{6}/.exec(await submitted.innerText())![0];
  const item = page.locator('.request-item', { hasText: orderNo });
  await item.waitFor();
  return { item, orderNo, id: (await item.getAttribute('data-request-id'))! };
}
