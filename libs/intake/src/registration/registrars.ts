import { Forbidden, type ActorContext } from '@civicloop/contracts';

/** Who registers requests: the call centre for anyone, a resident for themselves. */
const REGISTRARS = new Set(['agent', 'dispatcher', 'resident']);

export function assertMayRegister(context: ActorContext): void {
  if (!context.roles.some((role) => REGISTRARS.has(role))) {
    throw new Forbidden(`registering a request needs one of the roles: ${[...REGISTRARS].join(', ')}`);
  }
}
