import type { ActorContext } from '@civicloop/contracts';
import { contactFor, maskContact } from './deputy-contact';

const reader = (roles: string[], userId = 'someone'): ActorContext => ({ tenantId: 'demo', userId, roles: roles as ActorContext['roles'], unitCodes: [] });
const deputy = { contact: '13900000002', userId: 'local:demo-deputy' };

describe("a deputy's contact is personal data", () => {
  it('is shown to those who keep the registry and to the deputy themself', () => {
    expect(contactFor(reader(['district-admin']), deputy)).toBe('13900000002');
    expect(contactFor(reader(['liaison']), deputy)).toBe('13900000002');
    expect(contactFor(reader(['deputy'], 'local:demo-deputy'), deputy)).toBe('13900000002');
  });

  it('is masked for everyone else', () => {
    expect(contactFor(reader(['supervisor']), deputy)).toBe('139****0002');
    expect(contactFor(reader(['deputy'], 'local:other'), deputy)).toBe('139****0002');
    expect(maskContact('abc')).toBe('****');
    expect(maskContact(null)).toBeNull();
  });
});
