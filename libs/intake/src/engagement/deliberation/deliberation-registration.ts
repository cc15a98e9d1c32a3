import { CommunityIssue } from './community-issue.entity';
import { CommunityIssueViews } from './community-issue-views';
import { CommunityIssuesService } from './community-issues.service';
import { DeliberationDecisionsService } from './deliberation-decisions.service';
import { DeliberationEvents } from './deliberation-events';
import { AgendaItem, DeliberationSession, FollowUpTask } from './deliberation-session.entity';
import { DeliberationSessionViews } from './deliberation-session-views';
import { DeliberationSessionsService } from './deliberation-sessions.service';
import { DeliberationStatisticsService } from './deliberation-statistics.service';
import { DeliberationHandler } from './deliberation.handler';
import { DepartmentOrdersService } from './department-orders.service';

/** Community deliberation (阳光议事): what the engagement area registers for it. */
export const DELIBERATION_ENTITIES = [CommunityIssue, DeliberationSession, AgendaItem, FollowUpTask];
export const DELIBERATION_HANDLERS = [DeliberationHandler];
export const DELIBERATION_PROVIDERS = [
  DeliberationEvents,
  DepartmentOrdersService,
  CommunityIssueViews,
  CommunityIssuesService,
  DeliberationSessionViews,
  DeliberationSessionsService,
  DeliberationDecisionsService,
  DeliberationStatisticsService,
];
