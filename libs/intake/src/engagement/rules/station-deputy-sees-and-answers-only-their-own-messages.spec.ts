import type { ActorContext } from '@civicloop/contracts';
import { actsOnStationIssue, seesStationIssue, type IssueForAccess } from './station-access';

const who = (roles: string[], unitCodes: string[] = [], userId = 'u'): ActorContext => ({ tenantId: 't', userId, roles, unitCodes }) as ActorContext;
const message: IssueForAccess = { source: 'online', deputyIds: ['d1'], streetUnitCode: 'street-a', residentUserId: 'resident-1' };
const visit: IssueForAccess = { ...message, source: 'visit', residentUserId: null };

describe('a deputy sees and answers only the messages addressed to them', () => {
  it('shows a message to its deputy, the district, the street’s liaison and the resident who wrote it — to nobody else', () => {
    expect(seesStationIssue({ context: who(['deputy']), ownDeputyIds: ['d1'] }, message)).toBe(true);
    expect(seesStationIssue({ context: who(['deputy']), ownDeputyIds: ['d2'] }, message)).toBe(false);
    expect(seesStationIssue({ context: who(['supervisor']), ownDeputyIds: [] }, message)).toBe(true);
    expect(seesStationIssue({ context: who(['liaison'], ['street-a']), ownDeputyIds: [] }, message)).toBe(true);
    expect(seesStationIssue({ context: who(['liaison'], ['street-b']), ownDeputyIds: [] }, message)).toBe(false);
    expect(seesStationIssue({ context: who(['resident'], [], 'resident-1'), ownDeputyIds: [] }, message)).toBe(true);
    expect(seesStationIssue({ context: who(['resident'], [], 'resident-2'), ownDeputyIds: [] }, message)).toBe(false);
    expect(seesStationIssue({ context: who(['unit-staff'], ['street-a']), ownDeputyIds: [] }, message)).toBe(false);
  });

  it('lets only the deputy act on an online message; a visit also the organisers of its station', () => {
    expect(actsOnStationIssue({ context: who(['deputy']), ownDeputyIds: ['d1'] }, message)).toBe(true);
    expect(actsOnStationIssue({ context: who(['deputy']), ownDeputyIds: ['d2'] }, message)).toBe(false);
    expect(actsOnStationIssue({ context: who(['district-admin']), ownDeputyIds: [] }, message)).toBe(false);
    expect(actsOnStationIssue({ context: who(['district-admin']), ownDeputyIds: [] }, visit)).toBe(true);
    expect(actsOnStationIssue({ context: who(['liaison'], ['street-a']), ownDeputyIds: [] }, visit)).toBe(true);
    expect(actsOnStationIssue({ context: who(['liaison'], ['street-b']), ownDeputyIds: [] }, visit)).toBe(false);
  });
});
