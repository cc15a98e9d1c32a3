import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceInfrastructureModule, type ServiceDefinition, type ServiceRuntime } from '@civicloop/messaging';
import { CreateIntakeTables1763900000000 } from './migrations/1763900000000-create-intake-tables';
import { AddIntakeRowLevelSecurity1764000000000 } from './migrations/1764000000000-add-row-level-security';
import { AddVisibilityAndAudit1764000000001 } from './migrations/1764000000001-add-visibility-and-audit';
import { AddTriageAndDuplicates1765000000000 } from './migrations/1765000000000-add-triage-and-duplicates';
import { CreateKnowledgeBase1765000000001 } from './migrations/1765000000001-create-knowledge-base';
import { CreateAttachments1765000000002 } from './migrations/1765000000002-create-attachments';
import { Attachment } from './attachments/attachment.entity';
import { AttachmentsHandler } from './attachments/attachments.handler';
import { AttachmentsService } from './attachments/attachments.service';
import { CreateEngagementTables1765000001000 } from './migrations/1765000001000-create-engagement-tables';
import { CreateStationTables1765000001100 } from './migrations/1765000001100-create-station-tables';
import { CreateDeliberationTables1765000003000 } from './migrations/1765000003000-create-deliberation-tables';
import { StationIssueReplyLegs1765000003200 } from './migrations/1765000003200-station-issue-reply-legs';
import { ENGAGEMENT_ENTITIES, ENGAGEMENT_HANDLERS, ENGAGEMENT_PROVIDERS } from './engagement/engagement-registration';
import { DuplicateFinderService } from './duplicates/duplicate-finder.service';
import { MergeService } from './duplicates/merge.service';
import { DemoKnowledgeSeeder } from './knowledge/demo-knowledge-seeder.service';
import { DistrictReferenceClient } from './knowledge/district-reference.client';
import { KnowledgeArticle, KnowledgeSeed } from './knowledge/knowledge-article.entity';
import { KnowledgeHandler } from './knowledge/knowledge.handler';
import { KnowledgeService } from './knowledge/knowledge.service';
import { TriageService } from './triage/triage.service';
import { RequestProgressHandler } from './progress/request-progress.handler';
import { RequestProgressService } from './progress/request-progress.service';
import { RegisterRequestService } from './registration/register-request.service';
import { PersonalDataRead } from './residents/personal-data-read.entity';
import { Resident } from './residents/resident.entity';
import { CivicRequest } from './requests/civic-request.entity';
import { RequestHistoryEntry } from './requests/request-history-entry.entity';
import { RequestQueriesService } from './requests/request-queries.service';
import { RequestsHandler } from './requests/requests.handler';

export const INTAKE_SERVICE: ServiceDefinition = {
  name: 'intake',
  schema: 'intake',
  entities: [Resident, PersonalDataRead, CivicRequest, RequestHistoryEntry, KnowledgeArticle, KnowledgeSeed, Attachment, ...ENGAGEMENT_ENTITIES],
  migrations: [
    CreateIntakeTables1763900000000,
    AddIntakeRowLevelSecurity1764000000000,
    AddVisibilityAndAudit1764000000001,
    AddTriageAndDuplicates1765000000000,
    CreateKnowledgeBase1765000000001,
    CreateAttachments1765000000002,
    CreateEngagementTables1765000001000,
    CreateStationTables1765000001100,
    CreateDeliberationTables1765000003000,
    StationIssueReplyLegs1765000003200,
  ],
};

/**
 * Intake (受理): registration from every channel, residents' personal data, each request's progress
 * and history; triage outcomes other than dispatch, duplicates (并单) and the knowledge base (知识库).
 */
@Module({})
export class IntakeModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    return {
      module: IntakeModule,
      imports: [ServiceInfrastructureModule.forService(INTAKE_SERVICE, runtime)],
      controllers: [RequestsHandler, RequestProgressHandler, KnowledgeHandler, AttachmentsHandler, ...ENGAGEMENT_HANDLERS],
      providers: [
        AttachmentsService,
        RegisterRequestService,
        RequestQueriesService,
        RequestProgressService,
        TriageService,
        MergeService,
        DuplicateFinderService,
        KnowledgeService,
        DistrictReferenceClient,
        DemoKnowledgeSeeder,
        ...ENGAGEMENT_PROVIDERS,
      ],
    };
  }
}
