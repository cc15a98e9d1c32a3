import type { Principal } from './keycloak-principals';
import type { Operation } from './openapi-operations';

/** An object of a district the matrix aims at, with the facts its visibility rule reads. */
export interface TargetObject {
  kind: string;
  id: string;
  tenantId: string;
  /** The resident (Keycloak username) who raised it. */
  ownerUserId?: string;
  /** The units it was assigned to. */
  unitCodes?: string[];
  /** Values for a route's other path parameters (attachmentId, itemId, …). */
  subIds?: Record<string, string>;
}

const DISTRICT_WIDE_ROLES = ['agent', 'dispatcher', 'supervisor', 'district-admin'];
const UNIT_ROLES = ['unit-staff', 'unit-manager'];

/** The audiences PRODUCT.md "Who sees what" names, as predicates. */
const AUDIENCES = {
  /** Dispatchers, agents and supervisors (and the district's admin): the whole district. */
  districtWide: (principal: Principal) => principal.roles.some((role) => DISTRICT_WIDE_ROLES.includes(role)),
  /** Unit staff: what their units were given. */
  handlingUnit: (principal: Principal, object: TargetObject) =>
    principal.roles.some((role) => UNIT_ROLES.includes(role)) && principal.unitCodes.some((unit) => object.unitCodes?.includes(unit)),
  /** Residents: their own requests. */
  ownResident: (principal: Principal, object: TargetObject) => principal.roles.includes('resident') && principal.userId === object.ownerUserId,
} as const;

/**
 * Who sees an object of each kind inside its district (another district's ids are always 404).
 * A kind not listed here is checked across districts only, and reported as such. Not in the table
 * yet: "a street sees the orders of the units under it" — no service implements it (see the report).
 */
export const VISIBILITY: Record<string, Array<keyof typeof AUDIENCES>> = {
  request: ['districtWide', 'handlingUnit', 'ownResident'],
  assignment: ['districtWide', 'handlingUnit'],
  extension: ['districtWide', 'handlingUnit'],
};

/** Commands on a visible object and the roles that may take them: anyone else who sees it gets 403. */
export const ACTIONS: Record<string, string[]> = {
  'POST /assignments/{id}/sign': UNIT_ROLES,
  'POST /assignments/{id}/reply': UNIT_ROLES,
  'POST /assignments/{id}/objection': UNIT_ROLES,
  'POST /assignments/{id}/extension': UNIT_ROLES,
  'POST /assignments/{id}/objection/review': ['dispatcher', 'supervisor'],
  'POST /requests/{id}/dispatch': ['dispatcher'],
  'POST /requests/{id}/callbacks': ['agent', 'dispatcher', 'resident'],
  'POST /extensions/{id}/decision': ['dispatcher', 'unit-manager'],
};

/** Path parameters that are no object's id, and why the matrix leaves them out. */
export const NOT_OBJECT_IDS: Record<string, string> = {
  '/admin/areas/{code}': "a code of the caller's own district's reference data",
  '/admin/units/{code}': "a code of the caller's own district's reference data",
  '/admin/categories/{code}': "a code of the caller's own district's reference data",
  '/reports/rankings/{month}': 'a month, not an object',
  '/public/deputy-links/{token}': 'a secret link: whoever holds it may use it, by design',
};

/** Parameters named for the kind they point at, wherever they appear. */
const PARAMETER_KINDS: Record<string, string> = { requestId: 'request', assignmentId: 'assignment', deputyId: 'deputy' };
/** Collections whose objects have a short name in the table above. */
const COLLECTION_KINDS: Record<string, string> = { '/requests': 'request', '/assignments': 'assignment', '/extensions': 'extension', '/deputies': 'deputy' };

/** The operation's first path parameter: which kind of object it names, and the collection it sits in. */
export function targetOf(operation: Operation): { kind: string; collection: string; parameter: string } | null {
  const parameter = operation.pathParameters[0];
  if (!parameter) return null;
  if (Object.keys(NOT_OBJECT_IDS).some((prefix) => operation.path.startsWith(prefix))) return null;
  const collection = operation.path.slice(0, operation.path.indexOf(`/{${parameter}}`));
  return { kind: PARAMETER_KINDS[parameter] ?? COLLECTION_KINDS[collection] ?? collection, collection, parameter };
}

export type Standing = 'outside' | 'sees' | 'unspecified';

/** Where a principal stands towards an object, by the table. */
export function standing(principal: Principal, object: TargetObject): Standing {
  if (principal.tenantId !== object.tenantId) return 'outside';
  const audiences = VISIBILITY[object.kind];
  if (!audiences) return 'unspecified';
  return audiences.some((audience) => AUDIENCES[audience](principal, object)) ? 'sees' : 'outside';
}

/** For a principal who sees the object: 403 when the route is an action its roles may not take. */
export function forbiddenAction(principal: Principal, operation: Operation): boolean {
  const allowed = ACTIONS[operation.route];
  return allowed !== undefined && !principal.roles.some((role) => allowed.includes(role));
}
