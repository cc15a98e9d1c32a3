import { REQUEST_TYPES, type Channel, type CommunityIssueSource, type DepartmentOrderInput, type DistrictReferenceResult, type FieldProblem } from '@civicloop/contracts';

/**
 * 社区下单: the order names a unit of THIS district (order-to-a-unit-of-this-district), a category of
 * its tree, a request type, the address and the community's contact the unit reports back to.
 * Problems are named under `prefix` (e.g. `order` or `decisions[1].order`).
 */
export function orderProblems(order: DepartmentOrderInput | undefined, reference: DistrictReferenceResult, prefix: string): FieldProblem[] {
  if (!order || typeof order !== 'object') return [{ field: prefix, reason: 'name the unit the community orders it from (社区下单)' }];
  const problems: FieldProblem[] = [];
  if (!reference.units.some((unit) => unit.code === order.unitCode)) {
    problems.push({ field: `${prefix}.unitCode`, reason: `order-to-a-unit-of-this-district: no unit "${order.unitCode}" in this district` });
  }
  if (!reference.categories.some((category) => category.code === order.categoryCode)) {
    problems.push({ field: `${prefix}.categoryCode`, reason: `no category "${order.categoryCode}" in this district` });
  }
  if (!(REQUEST_TYPES as readonly string[]).includes(order.type)) problems.push({ field: `${prefix}.type`, reason: `must be one of: ${REQUEST_TYPES.join(', ')}` });
  for (const field of ['address', 'contactName', 'contactPhone'] as const) {
    if (typeof order[field] !== 'string' || !order[field].trim()) problems.push({ field: `${prefix}.${field}`, reason: 'is required' });
  }
  return problems;
}

/** The request keeps the way the issue came in: a round or a visit is 走访, a box its box, a chat group WeChat. */
const CHANNEL_OF_SOURCE: Record<CommunityIssueSource, Channel> = {
  'building-round': 'visit',
  visit: 'visit',
  'suggestion-box': 'suggestion-box',
  'chat-group': 'wechat',
};

export function orderChannel(source: CommunityIssueSource): Channel {
  return CHANNEL_OF_SOURCE[source];
}

/** What the unit reads: the residents' issue, who ordered it and why (the session's note or the order's). */
export function orderDescription(issueText: string, communityName: string, note: string | undefined): string {
  const why = note?.trim() ? `：${note.trim()}` : '';
  return `${issueText.trim()}（${communityName}社区下单${why}）`;
}
