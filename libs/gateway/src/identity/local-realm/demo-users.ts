import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A person of the demo districts: the same list the Keycloak realm imports (deploy/keycloak). */
export interface DemoUser {
  username: string;
  roles: string[];
  tenant?: string;
  units?: string[];
}

/** The development password of every demo user, in the realm and in the embedded login alike. */
export const DEMO_PASSWORD = 'civicloop-dev';

export function loadDemoUsers(file = locateDemoUsers()): DemoUser[] {
  return JSON.parse(readFileSync(file, 'utf8')) as DemoUser[];
}

function locateDemoUsers(): string {
  const candidates = [resolve(__dirname, '../../../../../deploy/keycloak/demo-users.json'), resolve(process.cwd(), 'deploy/keycloak/demo-users.json')];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`deploy/keycloak/demo-users.json not found (looked in ${candidates.join(', ')})`);
  return found;
}
