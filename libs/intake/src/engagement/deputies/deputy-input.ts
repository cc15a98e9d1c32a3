import { DEPUTY_BODIES, DEPUTY_LEVELS, ValidationFailed, type FieldProblem, type SaveDeputyPayload } from '@civicloop/contracts';

/** A deputy's fields trimmed and checked; 400 naming each field that is wrong. */
export function validDeputyInput(payload: SaveDeputyPayload): SaveDeputyPayload {
  const problems: FieldProblem[] = [];
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const name = text(payload.name);
  const profession = text(payload.profession);
  if (name.length === 0) problems.push({ field: 'name', reason: 'is required' });
  if (profession.length === 0) problems.push({ field: 'profession', reason: 'is required' });
  if (!(DEPUTY_BODIES as readonly string[]).includes(payload.body)) problems.push({ field: 'body', reason: `must be one of: ${DEPUTY_BODIES.join(', ')}` });
  if (!(DEPUTY_LEVELS as readonly string[]).includes(payload.level)) problems.push({ field: 'level', reason: `must be one of: ${DEPUTY_LEVELS.join(', ')}` });
  if (typeof payload.inSystem !== 'boolean') problems.push({ field: 'inSystem', reason: 'must be true or false' });
  const expertise = [...new Set((payload.expertise ?? []).map(text).filter((tag) => tag.length > 0))];
  if (problems.length > 0) throw new ValidationFailed(problems);
  return {
    ...payload,
    name,
    profession,
    expertise,
    homeStation: text(payload.homeStation) || null,
    contact: text(payload.contact) || null,
    userId: text(payload.userId) || null,
  };
}
