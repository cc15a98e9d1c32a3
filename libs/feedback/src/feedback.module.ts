import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceInfrastructureModule, type ServiceDefinition, type ServiceRuntime } from '@civicloop/messaging';
import { Callback } from './callbacks/callback.entity';
import { CallbackQueueService } from './callbacks/callback-queue.service';
import { CallbackTriggersHandler } from './callbacks/callback-triggers.handler';
import { CallbacksHandler } from './callbacks/callbacks.handler';
import { RecordCallbackService } from './callbacks/record-callback.service';
import { CaseAssignment } from './cases/case-assignment.entity';
import { CaseProgressHandler } from './cases/case-progress.handler';
import { CaseProgressService } from './cases/case-progress.service';
import { CaseQueriesService } from './cases/case-queries.service';
import { CasesHandler } from './cases/cases.handler';
import { FeedbackCase } from './cases/feedback-case.entity';
import { FeedbackExpiryService } from './cases/feedback-expiry.service';
import { MergeLinkService } from './merges/merge-link.service';
import { MergedCallbacksService } from './merges/merged-callbacks.service';
import { MergedRequest } from './merges/merged-request.entity';
import { AddCallbackQueueAndMerges1765000000100 } from './migrations/1765000000100-add-callback-queue-and-merges';
import { AddRequestOwners1765000000110 } from './migrations/1765000000110-add-request-owners';
import { CreateFeedbackTables1763900000100 } from './migrations/1763900000100-create-feedback-tables';
import { AddFeedbackRowLevelSecurity1764000000100 } from './migrations/1764000000100-add-row-level-security';
import { RecordReplyService } from './replies/record-reply.service';
import { RepliesHandler } from './replies/replies.handler';
import { Reply } from './replies/reply.entity';
import { RequestOwner } from './residents/request-owner.entity';
import { RequestOwnersHandler } from './residents/request-owners.handler';
import { RequestOwnersService } from './residents/request-owners.service';

export const FEEDBACK_SERVICE: ServiceDefinition = {
  name: 'feedback',
  schema: 'feedback',
  entities: [FeedbackCase, CaseAssignment, Reply, Callback, MergedRequest, RequestOwner],
  migrations: [
    CreateFeedbackTables1763900000100,
    AddFeedbackRowLevelSecurity1764000000100,
    AddCallbackQueueAndMerges1765000000100,
    AddRequestOwners1765000000110,
  ],
};

/** Feedback (反馈): units' replies, callbacks to residents (回访), closing and reopening (重办). */
@Module({})
export class FeedbackModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    return {
      module: FeedbackModule,
      imports: [ServiceInfrastructureModule.forService(FEEDBACK_SERVICE, runtime)],
      controllers: [RepliesHandler, CallbacksHandler, CasesHandler, CaseProgressHandler, CallbackTriggersHandler, RequestOwnersHandler],
      providers: [
        RequestOwnersService,
        RecordReplyService,
        RecordCallbackService,
        CallbackQueueService,
        CaseQueriesService,
        CaseProgressService,
        FeedbackExpiryService,
        MergedCallbacksService,
        MergeLinkService,
      ],
    };
  }
}
