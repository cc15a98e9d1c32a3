import type { DeputyBody } from '@civicloop/contracts';

/** What the composition rules need to know of a team member. */
export interface TeamMember {
  id: string;
  body: DeputyBody;
  inSystem: boolean;
}

/** 两代表一委员: one Party-congress delegate, one people's-congress deputy and one CPPCC member. */
export const TEAM_COMPOSITIONS = ['two-representatives-one-member', 'free'] as const;
export type TeamComposition = (typeof TEAM_COMPOSITIONS)[number];

export const TEAM_RULES = {
  inSystem: 'team-needs-an-in-system-member',
  eachBody: 'two-representatives-one-member',
  notEmpty: 'team-has-members',
} as const;

const BODY_NAMES: Record<DeputyBody, string> = {
  'party-congress': 'a Party-congress delegate (党代表)',
  'peoples-congress': "a people's-congress deputy (人大代表)",
  cppcc: 'a CPPCC member (政协委员)',
};

/**
 * Why a team may not receive residents, each reason naming its rule; empty when it may. At least
 * one member must be "in the system" (able to route matters to departments); a 两代表一委员 team
 * has one member of each body.
 */
export function teamProblems(members: readonly TeamMember[], composition: TeamComposition): string[] {
  if (members.length === 0) return [`${TEAM_RULES.notEmpty}: a team needs at least one deputy`];
  const problems: string[] = [];
  if (!members.some((member) => member.inSystem)) {
    problems.push(`${TEAM_RULES.inSystem}: at least one member must be in the system (体制内) to route matters to departments`);
  }
  if (composition === 'two-representatives-one-member') {
    const missing = (Object.keys(BODY_NAMES) as DeputyBody[]).filter((body) => !members.some((member) => member.body === body));
    if (missing.length > 0) problems.push(`${TEAM_RULES.eachBody}: a 两代表一委员 team lacks ${missing.map((body) => BODY_NAMES[body]).join(' and ')}`);
  }
  return problems;
}
