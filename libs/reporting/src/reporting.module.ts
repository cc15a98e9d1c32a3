import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceInfrastructureModule, type ServiceDefinition, type ServiceRuntime } from '@civicloop/messaging';
import { AssignmentFact } from './facts/assignment-fact.entity';
import { FactRecorderService } from './facts/fact-recorder.service';
import { FactsHandler } from './facts/facts.handler';
import { RequestOutcome } from './facts/request-outcome.entity';
import { CreateReportingTables1763900000200 } from './migrations/1763900000200-create-reporting-tables';
import { AddReportingRowLevelSecurity1764000000200 } from './migrations/1764000000200-add-row-level-security';
import { AddAssessmentTables1765000000200 } from './migrations/1765000000200-add-assessment-tables';
import { AddMonthCounts1766000000200 } from './migrations/1766000000200-add-month-counts';
import { AddRequestFacts1766000001200 } from './migrations/1766000001200-add-request-facts';
import { HotspotsHandler } from './hotspots/hotspots.handler';
import { HotspotsService } from './hotspots/hotspots.service';
import { AssessmentAppealsService } from './appeals/assessment-appeals.service';
import { AssessmentHandler } from './appeals/assessment.handler';
import { UnreasonableFlagsService } from './appeals/unreasonable-flags.service';
import { AssessmentWeightsStore } from './assessment/assessment-weights.store';
import { UnitTreeReader } from './assessment/unit-tree.reader';
import { PublishedRankingsService } from './rankings/published-rankings.service';
import { AreaMonthRatesService } from './rates/area-month-rates.service';
import { AreaRatesHandler } from './rates/area-rates.handler';
import { RatesTrendService } from './rates/rates-trend.service';
import { UnitMonthRatesHandler } from './rates/unit-month-rates.handler';
import { UnitMonthRatesService } from './rates/unit-month-rates.service';

export const REPORTING_SERVICE: ServiceDefinition = {
  name: 'reporting',
  schema: 'reporting',
  entities: [AssignmentFact, RequestOutcome],
  migrations: [CreateReportingTables1763900000200, AddReportingRowLevelSecurity1764000000200, AddAssessmentTables1765000000200, AddMonthCounts1766000000200, AddRequestFacts1766000001200],
};

/**
 * Reporting (统计) and assessment (考核): read models fed by events; the three rates per unit,
 * street and district per month with every exclusion; appeals, unreasonable flags, the district's
 * weights and published rankings.
 */
@Module({})
export class ReportingModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    return {
      module: ReportingModule,
      imports: [ServiceInfrastructureModule.forService(REPORTING_SERVICE, runtime)],
      controllers: [FactsHandler, UnitMonthRatesHandler, AreaRatesHandler, AssessmentHandler, HotspotsHandler],
      providers: [
        FactRecorderService,
        UnitTreeReader,
        AssessmentWeightsStore,
        UnitMonthRatesService,
        AreaMonthRatesService,
        RatesTrendService,
        PublishedRankingsService,
        AssessmentAppealsService,
        UnreasonableFlagsService,
        HotspotsService,
      ],
    };
  }
}
