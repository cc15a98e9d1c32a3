import { Forbidden, IllegalTransition, type ActorContext, type ReceptionLeg } from '@civicloop/contracts';

/**
 * Step 6, the reply chain of a reception issue (反馈): the department answers the street liaison
 * within 1 week and replies formally to the deputy within 1 month of the letter; the reply is then
 * relayed through the residents' committee to the resident within 1 week. Natural time by default
 * (PRODUCT.md "Clocks").
 */
export type LegState = 'waiting' | 'open' | 'replied';

const DAY = 86_400_000;
export const LEG_ORDER: readonly ReceptionLeg[] = ['department-to-liaison', 'reply-to-deputy', 'relay-to-resident'];

/** The same time one calendar month later, on the month's last day when it is shorter (31 Jan → 28 Feb). */
export function oneMonthAfter(instant: Date): Date {
  const next = new Date(instant.getTime());
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, lastDay));
  return next;
}

/** The legs as the letter is sent: two open with their deadlines, the relay waiting for the formal reply. */
export function legsForLetter(sentAt: Date): Array<{ leg: ReceptionLeg; state: LegState; dueAt: Date | null }> {
  return [
    { leg: 'department-to-liaison', state: 'open', dueAt: new Date(sentAt.getTime() + 7 * DAY) },
    { leg: 'reply-to-deputy', state: 'open', dueAt: oneMonthAfter(sentAt) },
    { leg: 'relay-to-resident', state: 'waiting', dueAt: null },
  ];
}

/** 交办 of a station issue starts the same chain, the hand-on standing for the letter (docs/adr/0020). */
export const legsForHandOn = legsForLetter;

/** The relay opens when the formal reply reaches the deputy, due a week later. */
export function relayDueAfter(repliedToDeputyAt: Date): Date {
  return new Date(repliedToDeputyAt.getTime() + 7 * DAY);
}

/** A reply only on an open leg: a closed (replied) or not yet opened leg is a 409 naming the rule. */
export function assertLegOpen(leg: ReceptionLeg, state: LegState): void {
  if (state === 'open') return;
  const why = state === 'replied' ? 'already replied (a closed leg takes no second reply)' : 'waiting for the formal reply to the deputy';
  throw new IllegalTransition(`the ${leg} leg (${why})`, state, 'reply', []);
}

/**
 * Who answers each leg: the department's staff (or the street liaison recording it for them) on
 * the first two; the liaison, through the residents' committee, on the relay.
 */
export function assertMayReplyOnLeg(context: ActorContext, leg: ReceptionLeg, letterUnitCode: string): void {
  if (context.roles.includes('liaison')) return;
  const departmentStaff = (context.roles.includes('unit-staff') || context.roles.includes('unit-manager')) && context.unitCodes.includes(letterUnitCode);
  if (leg !== 'relay-to-resident' && departmentStaff) return;
  throw new Forbidden(
    leg === 'relay-to-resident'
      ? 'the relay to the resident is recorded by the street liaison'
      : `the ${leg} leg is answered by ${letterUnitCode}'s staff or recorded by the street liaison`,
  );
}

/**
 * A handed-on station issue's legs: as a reception's, and the deputy it was addressed to may record
 * the formal reply they received (the reply-to-deputy leg) themselves.
 */
export function assertMayReplyOnStationLeg(context: ActorContext, leg: ReceptionLeg, unitCode: string, addressedDeputy: boolean): void {
  if (addressedDeputy && leg === 'reply-to-deputy') return;
  assertMayReplyOnLeg(context, leg, unitCode);
}

/** Step 7: an open leg past its deadline, not yet escalated, goes to the district office (督办). */
export function isLate(leg: { state: LegState; dueAt: Date | null; escalatedAt: Date | null }, now: Date): boolean {
  return leg.state === 'open' && leg.dueAt !== null && leg.escalatedAt === null && leg.dueAt.getTime() <= now.getTime();
}

export const ESCALATION_UNIT = 'district-office';
