import { ValidationFailed, type FieldProblem, type SaveArticlePayload } from '@civicloop/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: unknown): value is string => typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** An article's fields checked before anything is stored: 400 naming each field and why. */
export function validArticleInput(payload: SaveArticlePayload): SaveArticlePayload & { validTo: string | null } {
  const problems: FieldProblem[] = [];
  const title = typeof payload.title === 'string' ? payload.title.trim() : '';
  const body = typeof payload.body === 'string' ? payload.body.trim() : '';
  if (title.length === 0 || title.length > 200) problems.push({ field: 'title', reason: 'must be 1 to 200 characters' });
  if (body.length === 0 || body.length > 20_000) problems.push({ field: 'body', reason: 'must be 1 to 20000 characters' });
  const categories = Array.isArray(payload.categoryCodes) ? [...new Set(payload.categoryCodes)] : [];
  if (categories.length === 0 || categories.length > 20) problems.push({ field: 'categoryCodes', reason: 'name 1 to 20 categories' });
  if (!isDate(payload.validFrom)) problems.push({ field: 'validFrom', reason: 'must be a date (YYYY-MM-DD)' });
  const validTo = payload.validTo ?? null;
  if (validTo !== null && !isDate(validTo)) problems.push({ field: 'validTo', reason: 'must be a date (YYYY-MM-DD) or absent' });
  else if (validTo !== null && isDate(payload.validFrom) && validTo < payload.validFrom) problems.push({ field: 'validTo', reason: `must not be before validFrom (${payload.validFrom})` });
  if (problems.length > 0) throw new ValidationFailed(problems);
  return { ...payload, title, body, categoryCodes: categories, validTo };
}

/** A category filter finds articles filed under the category, its parents (codes are dotted paths) or its children. */
export function categoryLineage(categoryCode: string): { selfAndAncestors: string[]; descendantPrefix: string } {
  const parts = categoryCode.split('.');
  return { selfAndAncestors: parts.map((_, i) => parts.slice(0, i + 1).join('.')), descendantPrefix: `${categoryCode}.` };
}
