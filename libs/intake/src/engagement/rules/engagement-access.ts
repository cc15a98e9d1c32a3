import { Forbidden, hasAnyRole, type ActorContext, type Role } from '@civicloop/contracts';

/** Who plans, announces and records reception days: the street liaison (联络员) and the district admin. */
const ORGANISERS: readonly Role[] = ['liaison', 'district-admin'];
/** Who reads plans, days and statistics of the whole district. */
const DISTRICT_READERS: readonly Role[] = ['liaison', 'district-admin', 'supervisor', 'dispatcher', 'agent', 'deputy'];

export function assertOrganiser(context: ActorContext, what: string): void {
  if (!hasAnyRole(context, ORGANISERS)) throw new Forbidden(`${what} needs one of the roles: ${ORGANISERS.join(', ')}`);
}

export function assertDistrictReader(context: ActorContext, what: string): void {
  if (!hasAnyRole(context, DISTRICT_READERS)) throw new Forbidden(`${what} needs one of the roles: ${DISTRICT_READERS.join(', ')}`);
}

/**
 * A liaison acts for the streets they work for (their unit codes); a district admin for every
 * street. Holding and letters are also the team's deputies' (checked where the team is known).
 */
export function assertActsForStreet(context: ActorContext, streetUnitCode: string): void {
  if (context.roles.includes('district-admin')) return;
  if (context.roles.includes('liaison') && context.unitCodes.includes(streetUnitCode)) return;
  throw new Forbidden(`only the liaison of ${streetUnitCode} or a district admin acts for its reception days`);
}

/** The issues a reader sees (PRODUCT.md "Who sees what"): deputies theirs, a department its letters', a liaison its streets'. */
export type IssueScope =
  | { all: true }
  | { all: false; deputyIds: string[]; unitCodes: string[]; streetUnitCodes: string[] };

export function issueScope(context: ActorContext, ownDeputyIds: string[]): IssueScope {
  if (hasAnyRole(context, ['district-admin', 'supervisor', 'dispatcher', 'agent'])) return { all: true };
  return {
    all: false,
    deputyIds: context.roles.includes('deputy') ? ownDeputyIds : [],
    unitCodes: hasAnyRole(context, ['unit-staff', 'unit-manager']) ? context.unitCodes : [],
    streetUnitCodes: context.roles.includes('liaison') ? context.unitCodes : [],
  };
}

export function seesIssue(scope: IssueScope, issue: { deputyIds: string[]; streetUnitCode: string; letterUnitCode: string | null }): boolean {
  if (scope.all) return true;
  return (
    issue.deputyIds.some((id) => scope.deputyIds.includes(id)) ||
    scope.streetUnitCodes.includes(issue.streetUnitCode) ||
    (issue.letterUnitCode !== null && scope.unitCodes.includes(issue.letterUnitCode))
  );
}
