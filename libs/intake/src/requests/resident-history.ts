import { EventTypes, isUnitStaff, seesWholeDistrict, type ActorContext } from '@civicloop/contracts';

/**
 * What a resident sees of their request's history: the steps of the loop they are told about, with
 * only the fields meant for them. Internal steps (objections and their review, reminders, overdue
 * escalations, supervision, assessment appeals and flags) and who on the staff did what stay inside.
 */
const RESIDENT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  [EventTypes.RequestRegistered]: ['orderNo', 'registeredAt'],
  [EventTypes.RequestQueued]: ['attempt'],
  [EventTypes.RequestAttachmentAdded]: ['attachmentId', 'contentType'],
  [EventTypes.AssignmentCreated]: ['unitCode', 'attempt', 'dispatchedAt', 'feedbackDeadline'],
  [EventTypes.AssignmentSigned]: ['unitCode', 'attempt', 'signedAt'],
  // The reason of an extension is shown to the resident (PRODUCT.md, "Deadlines").
  [EventTypes.ExtensionGranted]: ['unitCode', 'reason', 'feedbackDeadline'],
  [EventTypes.ReplyRecorded]: ['unitCode', 'attempt', 'outcome', 'text', 'repliedAt'],
  [EventTypes.CallbackDue]: ['attempt'],
  [EventTypes.CallbackRecorded]: ['attempt', 'reached', 'solved', 'satisfaction', 'recordedAt'],
  [EventTypes.RequestReopened]: ['attempt'],
  [EventTypes.RequestClosed]: ['attempt', 'solved'],
  [EventTypes.RequestTriaged]: ['outcome', 'reason', 'articleId', 'emergencyService', 'referredTo'],
  [EventTypes.RequestMerged]: ['primaryRequestId', 'reason'],
};

/** A resident (and nobody who works for the district or a unit) reads the resident's version. */
export function readsAsResident(context: ActorContext): boolean {
  return context.roles.includes('resident') && !seesWholeDistrict(context) && !isUnitStaff(context);
}

export interface HistoryStep {
  type: string;
  data: Record<string, unknown>;
  actor: { userId: string | null; roles: string[] };
}

/** The resident's version of one step, or null when the step is internal. */
export function residentStep<T extends HistoryStep>(step: T, residentUserId: string): (Omit<T, 'data' | 'actor'> & HistoryStep) | null {
  const fields = RESIDENT_FIELDS[step.type];
  if (!fields) return null;
  // Co-handlers report to the lead; the resident hears from the lead only.
  if (step.type === EventTypes.AssignmentCreated && step.data.role === 'co-handler') return null;
  const data = Object.fromEntries(fields.filter((field) => step.data[field] !== undefined).map((field) => [field, step.data[field]]));
  const actor = { userId: step.actor.userId === residentUserId ? residentUserId : null, roles: step.actor.roles };
  return { ...step, data, actor };
}
