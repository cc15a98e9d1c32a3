import type { ActorContext } from '@civicloop/contracts';
import { issueScope, seesIssue } from './engagement-access';

const reader = (roles: string[], unitCodes: string[] = []): ActorContext => ({ tenantId: 'demo', userId: 'u', roles: roles as ActorContext['roles'], unitCodes });
const issue = { deputyIds: ['d1', 'd2'], streetUnitCode: 'street-jingshan', letterUnitCode: 'traffic-police' };

describe('who sees a reception issue (PRODUCT.md "Who sees what")', () => {
  it('a deputy sees the issues they received, not others', () => {
    expect(seesIssue(issueScope(reader(['deputy']), ['d2']), issue)).toBe(true);
    expect(seesIssue(issueScope(reader(['deputy']), ['d9']), issue)).toBe(false);
  });

  it('the street’s liaison and the letter’s department see it; another street or unit does not', () => {
    expect(seesIssue(issueScope(reader(['liaison'], ['street-jingshan']), []), issue)).toBe(true);
    expect(seesIssue(issueScope(reader(['liaison'], ['street-donghua']), []), issue)).toBe(false);
    expect(seesIssue(issueScope(reader(['unit-staff'], ['traffic-police']), []), issue)).toBe(true);
    expect(seesIssue(issueScope(reader(['unit-staff'], ['water-authority']), []), issue)).toBe(false);
  });

  it('the district office and the call centre see every issue; a resident none here', () => {
    expect(seesIssue(issueScope(reader(['supervisor']), []), issue)).toBe(true);
    expect(seesIssue(issueScope(reader(['resident']), []), issue)).toBe(false);
  });
});
