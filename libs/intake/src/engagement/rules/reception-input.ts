import { REQUEST_TYPES, ValidationFailed, type DistrictReferenceResult, type FieldProblem, type HoldReceptionPayload, type RegisterVisitorPayload } from '@civicloop/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const present = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** Step 2: a visitor's registration needs a name, a phone and a topic; a category, when given, is the district's. */
export function visitorProblems(payload: RegisterVisitorPayload, reference: DistrictReferenceResult): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!present(payload.visitorName)) problems.push({ field: 'visitorName', reason: 'is required' });
  if (!present(payload.visitorPhone)) problems.push({ field: 'visitorPhone', reason: 'is required' });
  if (!present(payload.topic)) problems.push({ field: 'topic', reason: 'say what the visitor wants to raise' });
  if (payload.categoryCode && !reference.categories.some((category) => category.code === payload.categoryCode)) {
    problems.push({ field: 'categoryCode', reason: `no category "${payload.categoryCode}" in this district` });
  }
  return problems;
}

/**
 * Step 4's record: a date, every resident named (a registration or a walk-in's name and phone)
 * and every issue complete, with the district's categories and areas. 400 naming each problem.
 */
export function assertValidReception(payload: HoldReceptionPayload, reference: DistrictReferenceResult): void {
  const problems: FieldProblem[] = [];
  if (typeof payload.date !== 'string' || !DATE.test(payload.date)) problems.push({ field: 'date', reason: 'must be a date (YYYY-MM-DD)' });
  if (!Array.isArray(payload.residents)) problems.push({ field: 'residents', reason: 'list the residents received' });
  const categories = new Set(reference.categories.map((category) => category.code));
  const areas = new Set(reference.areas.map((area) => area.code));
  (payload.residents ?? []).forEach((resident, i) => {
    const at = `residents[${i}]`;
    if (!resident.registrationId && (!present(resident.name) || !present(resident.phone))) {
      problems.push({ field: at, reason: 'a pre-registered visitor (registrationId) or a walk-in with name and phone' });
    }
    if (!Array.isArray(resident.issues)) problems.push({ field: `${at}.issues`, reason: 'list the issues raised (may be empty)' });
    (resident.issues ?? []).forEach((issue, j) => {
      const field = (name: string) => `${at}.issues[${j}].${name}`;
      if (!present(issue.description)) problems.push({ field: field('description'), reason: 'is required' });
      if (!(REQUEST_TYPES as readonly string[]).includes(issue.type)) problems.push({ field: field('type'), reason: `must be one of: ${REQUEST_TYPES.join(', ')}` });
      if (!categories.has(issue.categoryCode)) problems.push({ field: field('categoryCode'), reason: `no category "${issue.categoryCode}" in this district` });
      if (!areas.has(issue.areaCode)) problems.push({ field: field('areaCode'), reason: `no area "${issue.areaCode}" in this district` });
      if (!present(issue.address)) problems.push({ field: field('address'), reason: 'is required' });
      if (issue.solvedOnSite && !present(issue.onSiteAnswer)) problems.push({ field: field('onSiteAnswer'), reason: 'say how it was answered on the spot' });
    });
  });
  if (problems.length > 0) throw new ValidationFailed(problems);
}
