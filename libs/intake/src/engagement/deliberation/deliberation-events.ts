import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import type { ActorContext, CommunityIssueChanged, DeliberationSessionChanged } from '@civicloop/contracts';
import { newEvent, OutboxWriter } from '@civicloop/messaging';
import type { CommunityIssue } from './community-issue.entity';
import type { DeliberationSession } from './deliberation-session.entity';

/** The outbox rows of deliberation, in the command's transaction; ids only, never a reporter's name. */
@Injectable()
export class DeliberationEvents {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
  ) {}

  issue(manager: EntityManager, context: ActorContext, type: string, issue: CommunityIssue, extra: Partial<CommunityIssueChanged> = {}) {
    return this.outbox.append(manager, [
      newEvent<CommunityIssueChanged>(
        {
          type,
          aggregateId: issue.id,
          aggregateVersion: issue.version,
          data: { issueId: issue.id, communityAreaCode: issue.communityAreaCode, source: issue.source, level: issue.level ?? undefined, requestId: issue.requestId, ...extra },
        },
        context,
        this.clock,
      ),
    ]);
  }

  session(manager: EntityManager, context: ActorContext, type: string, session: DeliberationSession, extra: Partial<DeliberationSessionChanged> = {}) {
    return this.outbox.append(manager, [
      newEvent<DeliberationSessionChanged>(
        { type, aggregateId: session.id, aggregateVersion: session.version, data: { sessionId: session.id, communityAreaCode: session.communityAreaCode, date: session.date, state: session.state, ...extra } },
        context,
        this.clock,
      ),
    ]);
  }
}
