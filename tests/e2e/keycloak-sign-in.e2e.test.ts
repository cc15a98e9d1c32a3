import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from '../support/stack/service-process';
import { startDistributedStack, type DistributedStack } from '../support/stack/distributed-stack';
import { keycloakTokens } from '../support/api/test-tokens';
import { ApiClient } from '../support/api/api-client';

// The distributed mode's sign-in in a real browser: the portal, served by the gateway, sends the
// user to Keycloak's own login page (authorization code + PKCE), and comes back signed in.
jest.setTimeout(240_000);

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const REALM = 'civicloop';
const PORTAL_CLIENT = 'civicloop-portal';

/** Keycloak matches browser origins exactly: the operator adds the portal's origin (here a random port). */
async function allowPortalOrigin(keycloakUrl: string, origin: string): Promise<void> {
  const token = await fetch(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.CIVICLOOP_TEST_KEYCLOAK_ADMIN_USER!,
      password: process.env.CIVICLOOP_TEST_KEYCLOAK_ADMIN_PASSWORD!,
    }),
  }).then(async (response) => ((await response.json()) as { access_token: string }).access_token);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const [client] = (await (await fetch(`${keycloakUrl}/admin/realms/${REALM}/clients?clientId=${PORTAL_CLIENT}`, { headers })).json()) as Array<{ id: string; webOrigins: string[] }>;
  const updated = await fetch(`${keycloakUrl}/admin/realms/${REALM}/clients/${client!.id}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ ...client, webOrigins: [...client!.webOrigins, origin] }),
  });
  if (!updated.ok) throw new Error(`Keycloak refused the web origin: ${updated.status} ${await updated.text()}`);
}

describe('signing in to the portal through Keycloak, in Chromium', () => {
  const keycloakUrl = process.env.CIVICLOOP_TEST_KEYCLOAK_URL;
  let stack: DistributedStack;
  let browser: Browser;

  beforeAll(async () => {
    // A suite that claims Keycloak fails without it, never skips.
    if (!keycloakUrl) throw new Error('CIVICLOOP_TEST_KEYCLOAK_URL is not set: run "npm test", which starts Keycloak for this suite');
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (never a downloaded browser)`);
    if (!existsSync(join(REPO_ROOT, 'dist/portal/index.html'))) throw new Error('dist/portal is missing: npm run build:portal first');
    [stack, browser] = await Promise.all([
      startDistributedStack('kcsignin', { gateway: { CIVICLOOP_KEYCLOAK_URL: keycloakUrl } }),
      chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
    ]);
    await allowPortalOrigin(keycloakUrl, stack.gatewayUrl);
    const operator = new ApiClient({ url: stack.gatewayUrl, tokens: keycloakTokens(keycloakUrl, 'civicloop-dev') }, 'demo', { userId: 'operator', roles: [] });
    expect((await operator.post('/districts', { tenantId: 'demo', name: 'demo', template: 'demo' })).status).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('sends the supervisor to Keycloak, brings them back signed in with their view, and signs them out', async () => {
    const config = await (await fetch(`${stack.gatewayUrl}/api/v1/portal-config`)).json();
    expect(config).toMatchObject({ login: 'keycloak', url: keycloakUrl, realm: REALM, clientId: PORTAL_CLIENT });

    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${stack.gatewayUrl}/`);
    await page.getByRole('button', { name: '使用本区账号登录' }).click();
    // Keycloak's own page, on Keycloak's origin: the portal never sees the password.
    await page.waitForURL((url) => url.origin === new URL(keycloakUrl!).origin);
    await page.locator('#username').fill('demo-supervisor');
    await page.locator('#password').fill('civicloop-dev');
    await page.locator('#kc-login').click();

    await page.waitForURL((url) => url.origin === stack.gatewayUrl);
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await expect(page.locator('.who').innerText()).resolves.toContain('demo-supervisor');
    // The token works against the API: the supervisor's rates view loads from the services.
    await page.getByRole('heading', { name: '各单位三率' }).waitFor();
    await page.locator('.status[role=status]').waitFor({ state: 'detached' });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: join(REPO_ROOT, 'tests/artifacts/screenshots/15-keycloak-signed-in.png'), fullPage: true });

    // Signing out ends Keycloak's session too: back on the portal, signed out, and signing in asks for the password again.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '使用本区账号登录' }).waitFor();
    await page.getByRole('button', { name: '使用本区账号登录' }).click();
    await page.locator('#password').waitFor();
    await context.close();
  });
});
