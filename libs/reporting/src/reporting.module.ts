import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceInfrastructureModule, type ServiceDefinition, type ServiceRuntime } from '@civicloop/messaging';
import { AssignmentFact } from './facts/assignment-fact.entity';
import { FactRecorderService } from './facts/fact-recorder.service';
import { FactsHandler } from './facts/facts.handler';
import { RequestOutcome } from './facts/request-outcome.entity';
import { CreateReportingTables1763900000200 } from './migrations/1763900000200-create-reporting-tables';
import { AddReportingRowLevelSecurity1764000000200 } from './migrations/1764000000200-add-row-level-security';
import { UnitMonthRatesHandler } from './rates/unit-month-rates.handler';
import { UnitMonthRatesService } from './rates/unit-month-rates.service';

export const REPORTING_SERVICE: ServiceDefinition = {
  name: 'reporting',
  schema: 'reporting',
  entities: [AssignmentFact, RequestOutcome],
  migrations: [CreateReportingTables1763900000200, AddReportingRowLevelSecurity1764000000200],
};

/** Reporting (统计): read models fed by events, and the three rates per unit and month. */
@Module({})
export class ReportingModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    return {
      module: ReportingModule,
      imports: [ServiceInfrastructureModule.forService(REPORTING_SERVICE, runtime)],
      controllers: [FactsHandler, UnitMonthRatesHandler],
      providers: [FactRecorderService, UnitMonthRatesService],
    };
  }
}
