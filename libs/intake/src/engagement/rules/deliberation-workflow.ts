import { IllegalTransition, type TriageLevel } from '@civicloop/contracts';

/** A deliberation session (议事会): planned (计划) → held (召开) → decided (决议) → closed (办结). */
export const SESSION_STATES = ['planned', 'held', 'decided', 'closed'] as const;
export type SessionState = (typeof SESSION_STATES)[number];
export type SessionAction = 'hold' | 'vote' | 'decide' | 'complete-task' | 'close';

const SESSION_ALLOWED: Record<SessionState, readonly SessionAction[]> = {
  planned: ['hold'],
  held: ['vote', 'decide'],
  decided: ['complete-task', 'close'],
  closed: [],
};
const SESSION_NEXT: Partial<Record<SessionAction, SessionState>> = { hold: 'held', decide: 'decided', close: 'closed' };

export function allowedSessionActions(state: SessionState): readonly SessionAction[] {
  return SESSION_ALLOWED[state];
}

/** The state after the action, or 409 naming the state and what is allowed now. */
export function nextSessionState(state: SessionState, action: SessionAction): SessionState {
  if (!SESSION_ALLOWED[state].includes(action)) throw new IllegalTransition('the deliberation session', state, action, SESSION_ALLOWED[state]);
  return SESSION_NEXT[action] ?? state;
}

/**
 * A community issue: collected (待分类), then self-solved (居民自治, closed), community (社区协商) →
 * on-agenda → decided → solved when its session closes, or ordered (部门接单, a request) — at triage
 * or by a session's decision.
 */
export const ISSUE_STATES = ['collected', 'self-solved', 'community', 'on-agenda', 'decided', 'solved', 'ordered'] as const;
export type CommunityIssueState = (typeof ISSUE_STATES)[number];
export type IssueAction = 'triage' | 'put-on-agenda' | 'decide-option' | 'order' | 'solve';

const ISSUE_ALLOWED: Record<CommunityIssueState, readonly IssueAction[]> = {
  collected: ['triage'],
  'self-solved': [],
  community: ['put-on-agenda'],
  'on-agenda': ['decide-option', 'order'],
  decided: ['solve'],
  solved: [],
  ordered: [],
};
const ISSUE_NEXT: Record<Exclude<IssueAction, 'triage'>, CommunityIssueState> = { 'put-on-agenda': 'on-agenda', 'decide-option': 'decided', order: 'ordered', solve: 'solved' };
const TRIAGED: Record<TriageLevel, CommunityIssueState> = { 'self-solved': 'self-solved', community: 'community', department: 'ordered' };

export function nextIssueState(state: CommunityIssueState, action: IssueAction, level?: TriageLevel): CommunityIssueState {
  if (!ISSUE_ALLOWED[state].includes(action)) throw new IllegalTransition('the community issue', state, action, ISSUE_ALLOWED[state]);
  return action === 'triage' ? TRIAGED[level!] : ISSUE_NEXT[action];
}
