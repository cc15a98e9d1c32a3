import { Forbidden, NotFound, ValidationFailed, type ActorContext } from '@civicloop/contracts';
import { assertMayRecordCallback } from './case-access';

const REQUEST = '0b6f7c57-0f4e-4c8e-9a53-7f6d2f0e9a11';
const as = (userId: string, roles: ActorContext['roles']): ActorContext => ({ tenantId: 'demo', userId, roles, unitCodes: [] }) as ActorContext;

describe('who records a callback (回访)', () => {
  it('lets the resident who raised the request rate it, answered, as a valid callback', () => {
    expect(() => assertMayRecordCallback(as('resident-1', ['resident']), REQUEST, 'resident-1', true)).not.toThrow();
  });

  it('answers 404 to a resident rating somebody else’s request, or one registered for them by phone', () => {
    expect(() => assertMayRecordCallback(as('resident-2', ['resident']), REQUEST, 'resident-1', true)).toThrow(NotFound);
    expect(() => assertMayRecordCallback(as('resident-1', ['resident']), REQUEST, null, true)).toThrow(NotFound);
  });

  it('refuses a resident’s "not reached": answering is being reached', () => {
    expect(() => assertMayRecordCallback(as('resident-1', ['resident']), REQUEST, 'resident-1', false)).toThrow(ValidationFailed);
  });

  it('lets the call centre record any callback, and nobody else', () => {
    expect(() => assertMayRecordCallback(as('agent-1', ['agent']), REQUEST, null, false)).not.toThrow();
    expect(() => assertMayRecordCallback(as('staff-1', ['unit-staff']), REQUEST, null, true)).toThrow(Forbidden);
  });
});
