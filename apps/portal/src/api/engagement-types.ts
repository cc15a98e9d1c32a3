/** The gateway's answers for deputies and community (issue 9), as the portal reads them. */

export const DEPUTY_BODIES = ['party-congress', 'peoples-congress', 'cppcc'] as const;
export type DeputyBody = (typeof DEPUTY_BODIES)[number];
export const RECEPTION_LEGS = ['department-to-liaison', 'reply-to-deputy', 'relay-to-resident'] as const;
export type ReceptionLeg = (typeof RECEPTION_LEGS)[number];
export type ReceptionDayState = 'planned' | 'announced' | 'held' | 'archived';

/** GET /deputies: 代表委员名册 (contact masked unless you keep the registry). */
export interface DeputyView {
  id: string;
  name: string;
  body: DeputyBody;
  level: string;
  profession: string;
  expertise: string[];
  homeStation: string | null;
  inSystem: boolean;
  contact: string | null;
  userId?: string | null;
}

export interface TeamMember {
  id: string;
  name: string;
  body: DeputyBody;
  level: string;
  profession: string;
}

/** GET /receptions and /public/receptions: a reception day (staff fields only for staff). */
export interface ReceptionDayView {
  id: string;
  planId: string;
  streetUnitCode: string;
  date: string;
  placeAreaCode: string;
  team: TeamMember[];
  state: ReceptionDayState;
  announcedAt?: string | null;
  heldAt?: string | null;
  presentDeputyIds?: string[] | null;
  residentsReceived?: number | null;
  archivedAt?: string | null;
  allowedActions?: string[];
  version?: number;
}

export interface RegistrationView {
  id: string;
  visitor: { name: string; phone: string } | null;
  topic: string;
  categoryCode: string | null;
  tags: string[];
  matchedDeputyIds: string[];
}

/** GET /receptions/:id: the day with its registrations (visitors masked) and issues. */
export interface ReceptionDayDetail extends ReceptionDayView {
  registrations: RegistrationView[];
  issueIds: string[];
  warnings?: string[];
}

/** GET /receptions/:id/preparation: who of the team fits each registered topic. */
export interface PreparationView {
  receptionId: string;
  matches: Array<{ registrationId: string; topic: string; suggested: string[]; reason: string }>;
}

export interface ReceptionPlanView {
  id: string;
  streetUnitCode: string;
  year: number;
  composition: string;
  communityAreaCodes: string[];
  days: ReceptionDayView[];
}

export interface ReplyLegView {
  leg: ReceptionLeg;
  state: 'waiting' | 'open' | 'replied';
  dueAt: string | null;
  repliedAt: string | null;
  repliedBy: string | null;
  note: string | null;
  escalatedAt: string | null;
  late: boolean;
}

export interface WorkLetterView {
  id: string;
  unitCode: string;
  unitName: string;
  signedByDeputyId: string;
  signedBy: string;
  sentAt: string;
  deliberation: string;
  body: string;
}

/** GET /receptions/issues: an issue with its letter, reply chain and request. */
export interface ReceptionIssueView {
  id: string;
  receptionId: string;
  date: string;
  streetUnitCode: string;
  placeAreaCode: string;
  resident: { name: string; phone: string } | null;
  type: string;
  categoryCode: string;
  areaCode: string;
  address: string;
  description: string;
  deputyIds: string[];
  solvedOnSite: boolean;
  onSiteAnswer: string | null;
  typical: boolean;
  typicalNote: string | null;
  letter: WorkLetterView | null;
  legs: ReplyLegView[];
  request: { id: string; orderNo: string; status: string; currentUnitCode: string | null } | null;
  outcome: { solved: boolean | null; satisfaction: string | null } | null;
}

export interface ReceptionFigures {
  rounds: number;
  deputyVisits: number;
  residents: number;
  issues: number;
  solved: number;
  rated: number;
  satisfied: number;
  /** Percent (0–100), null without a valid callback. */
  satisfactionRate: number | null;
}

/** GET /receptions/statistics: Changning's monthly figures and typical cases. */
export interface ReceptionStatisticsView {
  month: string;
  street: string | null;
  total: ReceptionFigures;
  streets: Array<ReceptionFigures & { streetUnitCode: string }>;
  typicalCases: Array<{ issueId: string; receptionId: string; description: string; note: string | null; requestId: string | null; solved: boolean | null }>;
}
