import {
  EMERGENCY_SERVICES,
  Forbidden,
  hasAnyRole,
  isUuid,
  TRIAGE_OUTCOMES,
  ValidationFailed,
  type ActorContext,
  type FieldProblem,
  type RequestTriaged,
  type RequestType,
  type Role,
  type TriageDecision,
} from '@civicloop/contracts';

/** The call centre triages (分类处置): agents at the phone, dispatchers at the queue. */
export const TRIAGERS: readonly Role[] = ['agent', 'dispatcher'];

export function assertMayTriage(context: ActorContext, what = 'triaging a request'): void {
  if (!hasAnyRole(context, TRIAGERS)) throw new Forbidden(`${what} needs one of the roles: ${TRIAGERS.join(', ')}`);
}

/** Which extra field each outcome needs; the others must be absent so the record says one thing. */
const FIELD_OF_OUTCOME = { answered: 'articleId', 'handed-to-emergency': 'emergencyService', referred: 'referredTo' } as const;
type OutcomeField = (typeof FIELD_OF_OUTCOME)[keyof typeof FIELD_OF_OUTCOME];

/**
 * A triage decision checked against the request's type: answered at once only for a consultation
 * (咨询) and citing an article; handed over only to 110/119/120/122; referred only with the
 * other channel named; always with the reason the resident is told.
 * @param prefix how the fields are named to the caller (`triage.` inside a registration).
 */
export function validTriage(type: RequestType, decision: TriageDecision, prefix = ''): Omit<RequestTriaged, 'requestId'> {
  const problems: FieldProblem[] = [];
  const field = (name: string) => `${prefix}${name}`;
  if (!TRIAGE_OUTCOMES.includes(decision.outcome)) problems.push({ field: field('outcome'), reason: `must be one of: ${TRIAGE_OUTCOMES.join(', ')}` });
  const reason = typeof decision.reason === 'string' ? decision.reason.trim() : '';
  if (reason.length === 0) problems.push({ field: field('reason'), reason: 'the resident is told why: give a reason' });
  if (decision.outcome === 'answered' && type !== 'consultation') {
    problems.push({ field: field('outcome'), reason: `only a consultation (咨询) is answered at once; this request is a ${type}` });
  }
  const needed: OutcomeField | undefined = FIELD_OF_OUTCOME[decision.outcome as keyof typeof FIELD_OF_OUTCOME];
  for (const extra of Object.values(FIELD_OF_OUTCOME)) {
    const given = decision[extra] !== undefined && decision[extra] !== null && decision[extra] !== '';
    if (extra === needed && !given) problems.push({ field: field(extra), reason: `required when the outcome is ${decision.outcome}` });
    if (extra !== needed && given) problems.push({ field: field(extra), reason: `only goes with the outcome ${outcomeOf(extra)}` });
  }
  if (decision.outcome === 'answered' && decision.articleId && !isUuid(decision.articleId)) problems.push({ field: field('articleId'), reason: 'no such article in this district' });
  if (decision.outcome === 'handed-to-emergency' && decision.emergencyService && !EMERGENCY_SERVICES.includes(decision.emergencyService)) {
    problems.push({ field: field('emergencyService'), reason: `must be one of: ${EMERGENCY_SERVICES.join(', ')}` });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
  return {
    outcome: decision.outcome,
    reason,
    articleId: decision.articleId ?? null,
    emergencyService: decision.emergencyService ?? null,
    referredTo: decision.referredTo?.trim() ?? null,
  };
}

function outcomeOf(field: OutcomeField): string {
  return Object.entries(FIELD_OF_OUTCOME).find(([, name]) => name === field)![0];
}
