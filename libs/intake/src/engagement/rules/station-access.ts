import { hasAnyRole, type ActorContext, type StationIssueSource } from '@civicloop/contracts';

/** A station issue as the access rules read it. */
export interface IssueForAccess {
  source: StationIssueSource;
  deputyIds: readonly string[];
  streetUnitCode: string | null;
  residentUserId: string | null;
}

/** What the reader is: the signed-in deputy's registry ids matter. */
export interface Reader {
  context: ActorContext;
  ownDeputyIds: readonly string[];
}

const DISTRICT_WIDE = ['district-admin', 'supervisor', 'dispatcher', 'agent'] as const;

/**
 * Who sees a station issue (PRODUCT.md "Who sees what"): the district's staff all of them, a
 * liaison those of their streets' stations, a deputy those addressed to them, a resident those they
 * wrote while signed in. Anything else is 404, so existence never leaks.
 */
export function seesStationIssue(reader: Reader, issue: IssueForAccess): boolean {
  const { context } = reader;
  if (hasAnyRole(context, DISTRICT_WIDE)) return true;
  if (context.roles.includes('liaison') && issue.streetUnitCode !== null && context.unitCodes.includes(issue.streetUnitCode)) return true;
  if (context.roles.includes('deputy') && issue.deputyIds.some((id) => reader.ownDeputyIds.includes(id))) return true;
  return context.roles.includes('resident') && issue.residentUserId !== null && issue.residentUserId === context.userId;
}

/**
 * Who accepts, hands on, answers and archives it: the deputy it was addressed to; a visit also the
 * organisers who keep the station's register (a district admin, the street's liaison). An online
 * message is the deputy's own: nobody answers it in their name.
 */
export function actsOnStationIssue(reader: Reader, issue: IssueForAccess): boolean {
  const { context } = reader;
  if (context.roles.includes('deputy') && issue.deputyIds.some((id) => reader.ownDeputyIds.includes(id))) return true;
  if (issue.source !== 'visit') return false;
  if (context.roles.includes('district-admin')) return true;
  return context.roles.includes('liaison') && issue.streetUnitCode !== null && context.unitCodes.includes(issue.streetUnitCode);
}
