import 'reflect-metadata';
import { ReportingModule } from '@civicloop/reporting';
import { runDistributedService } from '@civicloop/messaging';

void runDistributedService('reporting', (runtime) => ReportingModule.register(runtime), 3104);
