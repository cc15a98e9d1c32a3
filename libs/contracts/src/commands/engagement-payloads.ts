import type { RequestType } from '../request-fields';

/**
 * Deputies and community (issue 9): the deputies' registry and Changning's reception days
 * (两代表一委员). Intake hosts them (docs/adr/0014); these are the messages the gateway sends.
 */

/** 党代表, 人大代表, 政协委员. */
export const DEPUTY_BODIES = ['party-congress', 'peoples-congress', 'cppcc'] as const;
export type DeputyBody = (typeof DEPUTY_BODIES)[number];
export const DEPUTY_LEVELS = ['district', 'city', 'province', 'national'] as const;
export type DeputyLevel = (typeof DEPUTY_LEVELS)[number];

/** The reply chain of a reception issue: department → street liaison (1 week), formal reply to the deputy (1 month), relayed to the resident. */
export const RECEPTION_LEGS = ['department-to-liaison', 'reply-to-deputy', 'relay-to-resident'] as const;
export type ReceptionLeg = (typeof RECEPTION_LEGS)[number];

export interface SaveDeputyPayload {
  /** Absent: a new deputy. */
  deputyId?: string;
  name: string;
  body: DeputyBody;
  level: DeputyLevel;
  profession: string;
  /** Category codes of the district's tree or free tags (e.g. 入学). */
  expertise: string[];
  homeStation?: string | null;
  inSystem: boolean;
  /** Personal data: shown only to those who maintain the registry, never in events. */
  contact?: string | null;
  /** The deputy's own account (the token's subject), so they see the issues they received. */
  userId?: string | null;
}

export interface ListDeputiesPayload {
  q?: string;
  body?: string;
  level?: string;
  expertise?: string;
  inSystem?: boolean;
}

export interface RecurrenceRulePayload {
  kind: 'last-weekday-of-month' | 'nth-weekdays-of-month';
  /** ISO weekday: 1 Monday … 7 Sunday (4: Thursday). */
  weekday: number;
  nths?: number[];
}

/** Step 1: a street's annual plan. Places rotate over the communities; teams rotate over the dates. */
export interface PlanReceptionsPayload {
  streetUnitCode: string;
  year: number;
  /** Plan only from this month on (a plan made mid-year); 1 when absent. */
  fromMonth?: number;
  rule: RecurrenceRulePayload;
  /** Area codes of the street's communities, in rotation order. */
  communityAreaCodes: string[];
  composition: 'two-representatives-one-member' | 'free';
  /** Teams in rotation order: date i gets team i mod n. */
  teams: Array<{ deputyIds: string[] }>;
}

export interface ListReceptionsPayload {
  street?: string;
  month?: string;
  state?: string;
}

/** Step 2: a visitor pre-registers with a topic. */
export interface RegisterVisitorPayload {
  receptionId: string;
  visitorName: string;
  visitorPhone: string;
  topic: string;
  categoryCode?: string | null;
  tags?: string[];
}

/** Step 4: one resident received and the issues recorded. */
export interface ReceivedResident {
  /** A pre-registered visitor, or a walk-in with name and phone. */
  registrationId?: string;
  name?: string;
  phone?: string;
  issues: ReceptionIssueInput[];
}

export interface ReceptionIssueInput {
  description: string;
  type: RequestType;
  categoryCode: string;
  areaCode: string;
  address: string;
  /** Answered on the spot (当场解答): no letter, counted solved. */
  solvedOnSite?: boolean;
  onSiteAnswer?: string;
}

export interface HoldReceptionPayload {
  planId: string;
  /** The date it took place (YYYY-MM-DD, the district's local date): must be a date of the plan. */
  date: string;
  /** The team members who came; the day's team when absent. */
  presentDeputyIds?: string[];
  residents: ReceivedResident[];
}

/** Step 5: deliberation and the work letter to the responsible department. */
export interface SendWorkLetterPayload {
  issueId: string;
  unitCode: string;
  deliberation: string;
  body: string;
  /** The deputy who signs (one of the day's team). */
  signedByDeputyId: string;
}

/** Step 6: one leg of the reply chain answered. */
export interface ReplyOnLegPayload {
  issueId: string;
  leg: ReceptionLeg;
  note: string;
}

export interface ReceptionStatisticsPayload {
  month: string;
  street?: string;
}

export interface FlagTypicalCasePayload {
  issueId: string;
  note: string;
}
