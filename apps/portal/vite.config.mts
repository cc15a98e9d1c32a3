// The portal's build: one bundle into dist/portal, served by the gateway at `/` (same origin).
// Without @vitejs/plugin-react (its v6 needs Vite 8): esbuild compiles the JSX with React's automatic runtime.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

interface DemoUserFile {
  username: string;
  roles: string[];
  tenant: string | null;
}

/** The development login lists the demo people: usernames, roles and district only (no names). */
const demoUsers = (JSON.parse(readFileSync(`${repoRoot}deploy/keycloak/demo-users.json`, 'utf8')) as DemoUserFile[])
  .filter((user) => user.tenant)
  .map(({ username, roles, tenant }) => ({ username, roles, tenant }));

export default defineConfig({
  root: portalRoot,
  base: '/',
  define: { __DEMO_USERS__: JSON.stringify(demoUsers) },
  esbuild: { jsx: 'automatic' },
  build: { outDir: `${repoRoot}dist/portal`, emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
