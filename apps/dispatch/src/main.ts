import '@civicloop/telemetry/register';
import 'reflect-metadata';
import { DISPATCH_SERVICE, DispatchModule } from '@civicloop/dispatch';
import { runDistributedService } from '@civicloop/messaging';

void runDistributedService(DISPATCH_SERVICE, (runtime) => DispatchModule.register(runtime), 3102);
