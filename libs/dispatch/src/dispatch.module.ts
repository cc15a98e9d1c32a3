import { Module, type DynamicModule } from '@nestjs/common';
import { AdminAuditEntry } from './admin/admin-audit.entity';
import { AdminAuditService } from './admin/admin-audit.service';
import { AdminHandler } from './admin/admin.handler';
import { CatalogueAdminService } from './admin/catalogue-admin.service';
import { CatalogueDryRunService } from './admin/catalogue-dry-run.service';
import { DistrictSettingsService } from './admin/district-settings.service';
import { ReferenceAdminService } from './admin/reference-admin.service';
import { CoHandlerReportService } from './co-handlers/co-handler-report.service';
import { CoHandlersHandler } from './co-handlers/co-handlers.handler';
import { DispatchClocksService } from './districts/dispatch-clocks.service';
import { AddCoHandlersAndAdminAudit1765000000300 } from './migrations/1765000000300-add-co-handlers-and-admin-audit';
import { DispatchPlanner } from './queue/dispatch-planner.service';
import { RedispatchService } from './queue/redispatch.service';
import { ServiceInfrastructureModule, type ServiceDefinition, type ServiceRuntime } from '@civicloop/messaging';
import { AssignmentActionsService } from './assignments/assignment-actions.service';
import { AssignmentFactory } from './assignments/assignment-factory.service';
import { AssignmentQueriesService } from './assignments/assignment-queries.service';
import { Assignment } from './assignments/assignment.entity';
import { AssignmentsHandler } from './assignments/assignments.handler';
import { DistrictRuleBook } from './assignments/district-rule-book.service';
import { ExtensionQueriesService } from './extensions/extension-queries.service';
import { Extension } from './extensions/extension.entity';
import { ExtensionsHandler } from './extensions/extensions.handler';
import { ExtensionsService } from './extensions/extensions.service';
import { ObjectionQueriesService } from './objections/objection-queries.service';
import { ObjectionRaisingService } from './objections/objection-raising.service';
import { ObjectionReviewService } from './objections/objection-review.service';
import { Objection } from './objections/objection.entity';
import { ObjectionsHandler } from './objections/objections.handler';
import { Deadline } from './deadlines/deadline.entity';
import { DeadlineTimerService } from './deadlines/deadline-timer.service';
import { DeadlineMetHandler } from './deadlines/deadline-met.handler';
import { DeadlineMetService } from './deadlines/deadline-met.service';
import { SupervisionHandler } from './supervision/supervision.handler';
import { SupervisionItem } from './supervision/supervision-item.entity';
import { SupervisionNotice } from './supervision/supervision-notice.entity';
import { SupervisionService } from './supervision/supervision.service';
import { AddRemindersAndSupervision1765000000320 } from './migrations/1765000000320-add-reminders-and-supervision';
import { AddReferenceVersions1765000000330 } from './migrations/1765000000330-add-reference-versions';
import { IndexDeadlinesByAssignment1766000000340 } from './migrations/1766000000340-index-deadlines-by-assignment';
import { CalendarYearRow } from './districts/calendar-year.entity';
import { DistrictCalendarService } from './districts/district-calendar.service';
import { DistrictRulesService } from './districts/district-rules.service';
import { District } from './districts/district.entity';
import { ProvisionDistrictService } from './districts/provision-district.service';
import { CreateDispatchTables1763900000300 } from './migrations/1763900000300-create-dispatch-tables';
import { AddDispatchRowLevelSecurity1764000000300 } from './migrations/1764000000300-add-row-level-security';
import { AddDistrictRules1765000000290 } from './migrations/1765000000290-add-district-rules';
import { AddObjectionsAndExtensions1765000000310 } from './migrations/1765000000310-add-objections-and-extensions';
import { DispatchQueueHandler } from './queue/dispatch-queue.handler';
import { DispatchQueueService } from './queue/dispatch-queue.service';
import { DispatchRequest } from './queue/dispatch-request.entity';
import { RequestRoutingService } from './queue/request-routing.service';
import { Area } from './reference/area.entity';
import { CatalogueRuleRow } from './reference/catalogue-rule.entity';
import { Category } from './reference/category.entity';
import { DistrictReferenceService } from './reference/district-reference.service';
import { DistrictSnapshotService } from './reference/district-snapshot.service';
import { ReferenceHandler } from './reference/reference.handler';
import { Unit } from './reference/unit.entity';

export const DISPATCH_SERVICE: ServiceDefinition = {
  name: 'dispatch',
  schema: 'dispatch',
  entities: [District, CalendarYearRow, Unit, Area, Category, CatalogueRuleRow, DispatchRequest, Assignment, Deadline, Objection, Extension, SupervisionItem, SupervisionNotice, AdminAuditEntry],
  migrations: [
    CreateDispatchTables1763900000300,
    AddDispatchRowLevelSecurity1764000000300,
    AddDistrictRules1765000000290,
    AddCoHandlersAndAdminAudit1765000000300,
    AddObjectionsAndExtensions1765000000310,
    AddRemindersAndSupervision1765000000320,
    AddReferenceVersions1765000000330,
    IndexDeadlinesByAssignment1766000000340,
  ],
};

/** Dispatch (派单): the district's units, areas and catalogue, assignments, sign-for, objections, deadlines. */
@Module({})
export class DispatchModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    return {
      module: DispatchModule,
      imports: [ServiceInfrastructureModule.forService(DISPATCH_SERVICE, runtime)],
      controllers: [AssignmentsHandler, ObjectionsHandler, ExtensionsHandler, DispatchQueueHandler, ReferenceHandler, SupervisionHandler, DeadlineMetHandler, AdminHandler, CoHandlersHandler],
      providers: [
        AdminAuditService,
        CatalogueAdminService,
        CatalogueDryRunService,
        DistrictSettingsService,
        ReferenceAdminService,
        CoHandlerReportService,
        DispatchClocksService,
        DispatchPlanner,
        RedispatchService,
        AssignmentActionsService,
        AssignmentFactory,
        AssignmentQueriesService,
        DistrictRuleBook,
        ObjectionRaisingService,
        ObjectionReviewService,
        ObjectionQueriesService,
        ExtensionsService,
        ExtensionQueriesService,
        DeadlineTimerService,
        DeadlineMetService,
        SupervisionService,
        DistrictCalendarService,
        DistrictRulesService,
        ProvisionDistrictService,
        DispatchQueueService,
        RequestRoutingService,
        DistrictReferenceService,
        DistrictSnapshotService,
      ],
    };
  }
}
