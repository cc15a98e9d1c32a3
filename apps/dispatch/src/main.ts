import 'reflect-metadata';
import { DispatchModule } from '@civicloop/dispatch';
import { runDistributedService } from '@civicloop/messaging';

void runDistributedService('dispatch', (runtime) => DispatchModule.register(runtime), 3102);
