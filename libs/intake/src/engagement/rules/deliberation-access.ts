import { Forbidden, hasAnyRole, type ActorContext } from '@civicloop/contracts';

/** The units recorded on an issue or session when it was made (see deliberation-community). */
export interface CommunityUnits {
  communityAreaCode: string;
  communityUnitCode: string | null;
  streetUnitCode: string | null;
}

/**
 * Who acts for a community: its residents' committee (unit staff or manager of the community
 * unit), the liaison of its street (or of the community unit), and the district admin.
 */
export function actsForCommunity(context: ActorContext, community: CommunityUnits): boolean {
  if (context.roles.includes('district-admin')) return true;
  const own = (code: string | null) => code !== null && context.unitCodes.includes(code);
  if (hasAnyRole(context, ['unit-staff', 'unit-manager']) && own(community.communityUnitCode)) return true;
  return context.roles.includes('liaison') && (own(community.streetUnitCode) || own(community.communityUnitCode));
}

/** Who reads it: those who act for it, and the district's supervisors (督办). */
export function readsCommunity(context: ActorContext, community: CommunityUnits): boolean {
  return context.roles.includes('supervisor') || actsForCommunity(context, community);
}

export function assertActsForCommunity(context: ActorContext, community: CommunityUnits, what: string): void {
  if (!actsForCommunity(context, community)) {
    throw new Forbidden(`${what} is for the staff of ${community.communityAreaCode}'s residents' committee, its street's liaison or a district admin`);
  }
}

const ACTOR_ROLES = ['unit-staff', 'unit-manager', 'liaison', 'district-admin'] as const;
const READER_ROLES = [...ACTOR_ROLES, 'supervisor'] as const;

/** Before any input is read: a caller without a role that acts for some community is refused (403). */
export function assertDeliberationActor(context: ActorContext, what: string): void {
  if (!hasAnyRole(context, ACTOR_ROLES)) throw new Forbidden(`${what} needs one of the roles: ${ACTOR_ROLES.join(', ')}`);
}

/** Lists are for the roles that may see some community's deliberation; each row is then filtered. */
export function assertDeliberationReader(context: ActorContext, what: string): void {
  if (!hasAnyRole(context, READER_ROLES)) throw new Forbidden(`${what} needs one of the roles: ${READER_ROLES.join(', ')}`);
}
