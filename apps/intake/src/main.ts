import 'reflect-metadata';
import { IntakeModule } from '@civicloop/intake';
import { runDistributedService } from '@civicloop/messaging';

void runDistributedService('intake', (runtime) => IntakeModule.register(runtime), 3101);
