import {
  COMMUNITY_ISSUE_SOURCES,
  DELIBERATION_ROLES,
  type AgendaDecisionInput,
  type CollectCommunityIssuePayload,
  type DeliberationParticipantInput,
  type FieldProblem,
  type FollowUpTaskInput,
  type PlanDeliberationSessionPayload,
} from '@civicloop/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

export function collectProblems(payload: CollectCommunityIssuePayload): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (blank(payload.text)) problems.push({ field: 'text', reason: 'say what the issue is' });
  if (!(COMMUNITY_ISSUE_SOURCES as readonly string[]).includes(payload.source)) problems.push({ field: 'source', reason: `must be one of: ${COMMUNITY_ISSUE_SOURCES.join(', ')}` });
  if (payload.reporter && (blank(payload.reporter.name) || blank(payload.reporter.phone))) problems.push({ field: 'reporter', reason: 'a reporter has a name and a phone' });
  return problems;
}

export function participantProblems(participants: DeliberationParticipantInput[] | undefined, field = 'participants'): FieldProblem[] {
  if (!Array.isArray(participants) || participants.length === 0) return [{ field, reason: 'name who takes part' }];
  return participants.flatMap((participant, i) => [
    ...(!(DELIBERATION_ROLES as readonly string[]).includes(participant.role) ? [{ field: `${field}[${i}].role`, reason: `must be one of: ${DELIBERATION_ROLES.join(', ')}` }] : []),
    ...(blank(participant.name) ? [{ field: `${field}[${i}].name`, reason: 'is required' }] : []),
  ]);
}

/** A session's plan: a date, a place, an agenda of distinct issues with two options or more, participants. */
export function planProblems(payload: PlanDeliberationSessionPayload): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (typeof payload.date !== 'string' || !DATE.test(payload.date) || Number.isNaN(Date.parse(`${payload.date}T00:00:00Z`))) problems.push({ field: 'date', reason: 'must be a date (YYYY-MM-DD)' });
  if (blank(payload.place)) problems.push({ field: 'place', reason: 'say where the session meets' });
  if (!Array.isArray(payload.agenda) || payload.agenda.length === 0) problems.push({ field: 'agenda', reason: 'put at least one community-level issue on the agenda' });
  else {
    const seen = new Set<string>();
    payload.agenda.forEach((item, i) => {
      if (seen.has(item.issueId)) problems.push({ field: `agenda[${i}].issueId`, reason: 'is on the agenda twice' });
      seen.add(item.issueId);
      const options = Array.isArray(item.options) ? item.options.filter((option) => !blank(option)) : [];
      if (options.length < 2 || options.length !== item.options.length) problems.push({ field: `agenda[${i}].options`, reason: 'give at least two options, none blank' });
    });
  }
  return [...problems, ...participantProblems(payload.participants)];
}

/** A decision for each agenda item and none twice; an option decision names one of the item's options. */
export function decisionCoverageProblems(decisions: AgendaDecisionInput[], items: ReadonlyArray<{ id: string; options: string[] }>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const decided = new Set<string>();
  decisions.forEach((decision, i) => {
    const item = items.find((candidate) => candidate.id === decision.itemId);
    if (!item) problems.push({ field: `decisions[${i}].itemId`, reason: 'not an item of this session’s agenda' });
    else if (decided.has(item.id)) problems.push({ field: `decisions[${i}].itemId`, reason: 'decided twice' });
    else if (decision.kind === 'option' && (!Number.isInteger(decision.option) || decision.option < 0 || decision.option >= item.options.length)) {
      problems.push({ field: `decisions[${i}].option`, reason: `one of the item's ${item.options.length} options (0–${item.options.length - 1})` });
    } else if (decision.kind !== 'option' && decision.kind !== 'order') problems.push({ field: `decisions[${i}].kind`, reason: 'must be option or order' });
    decided.add(decision.itemId);
  });
  const missing = items.filter((item) => !decided.has(item.id));
  if (missing.length > 0) problems.push({ field: 'decisions', reason: `decide every agenda item: ${missing.length} without a decision` });
  return problems;
}

export function taskProblems(tasks: FollowUpTaskInput[], itemIds: readonly string[]): FieldProblem[] {
  return tasks.flatMap((task, i) => [
    ...(blank(task.title) ? [{ field: `tasks[${i}].title`, reason: 'is required' }] : []),
    ...(blank(task.ownerName) ? [{ field: `tasks[${i}].ownerName`, reason: 'name who does it' }] : []),
    ...(!(DELIBERATION_ROLES as readonly string[]).includes(task.ownerRole) ? [{ field: `tasks[${i}].ownerRole`, reason: `must be one of: ${DELIBERATION_ROLES.join(', ')}` }] : []),
    ...(typeof task.dueDate !== 'string' || !DATE.test(task.dueDate) ? [{ field: `tasks[${i}].dueDate`, reason: 'must be a date (YYYY-MM-DD)' }] : []),
    ...(task.itemId !== undefined && task.itemId !== null && !itemIds.includes(task.itemId) ? [{ field: `tasks[${i}].itemId`, reason: 'not an item of this session’s agenda' }] : []),
  ]);
}

/** A follow-up task is late when done after its due date, or still open after it (local dates). */
export function taskLate(dueDate: string, doneOn: string | null, today: string): boolean {
  return (doneOn ?? today) > dueDate;
}
