import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceInfrastructureModule, type ServiceDefinition, type ServiceRuntime } from '@civicloop/messaging';
import { CreateIntakeTables1763900000000 } from './migrations/1763900000000-create-intake-tables';
import { AddIntakeRowLevelSecurity1764000000000 } from './migrations/1764000000000-add-row-level-security';
import { AddVisibilityAndAudit1764000000001 } from './migrations/1764000000001-add-visibility-and-audit';
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
  entities: [Resident, PersonalDataRead, CivicRequest, RequestHistoryEntry],
  migrations: [CreateIntakeTables1763900000000, AddIntakeRowLevelSecurity1764000000000, AddVisibilityAndAudit1764000000001],
};

/** Intake (受理): registration from every channel, residents' personal data, each request's progress and history. */
@Module({})
export class IntakeModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    return {
      module: IntakeModule,
      imports: [ServiceInfrastructureModule.forService(INTAKE_SERVICE, runtime)],
      controllers: [RequestsHandler, RequestProgressHandler],
      providers: [RegisterRequestService, RequestQueriesService, RequestProgressService],
    };
  }
}
