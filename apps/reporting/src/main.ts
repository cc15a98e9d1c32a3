import '@civicloop/telemetry/register';
import 'reflect-metadata';
import { REPORTING_SERVICE, ReportingModule } from '@civicloop/reporting';
import { runDistributedService } from '@civicloop/messaging';

void runDistributedService(REPORTING_SERVICE, (runtime) => ReportingModule.register(runtime), 3104);
