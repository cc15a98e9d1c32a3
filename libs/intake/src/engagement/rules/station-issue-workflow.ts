import { IllegalTransition, type StationIssueState } from '@civicloop/contracts';

/**
 * A station issue's life, Zhejiang's steps: 登记/留言 received → 接待 accepted → 交办 handed-on (a
 * request) → 回复 answered → 归档 closed; an accepted issue may also be answered directly.
 */
export type StationIssueAction = 'accept' | 'hand-on' | 'reply' | 'archive';

const ALLOWED: Record<StationIssueState, readonly StationIssueAction[]> = {
  received: ['accept'],
  accepted: ['hand-on', 'reply'],
  'handed-on': ['reply'],
  answered: ['archive'],
  closed: [],
};

const NEXT: Record<StationIssueAction, StationIssueState> = { accept: 'accepted', 'hand-on': 'handed-on', reply: 'answered', archive: 'closed' };

export function allowedStationIssueActions(state: StationIssueState): readonly StationIssueAction[] {
  return ALLOWED[state];
}

/** The state after the action, or 409 naming the state and what is allowed now. */
export function nextStationIssueState(state: StationIssueState, action: StationIssueAction): StationIssueState {
  if (!ALLOWED[state].includes(action)) throw new IllegalTransition('the station issue', state, action, ALLOWED[state]);
  return NEXT[action];
}
