import '@civicloop/telemetry/register';
import 'reflect-metadata';
import { INTAKE_SERVICE, IntakeModule } from '@civicloop/intake';
import { runDistributedService } from '@civicloop/messaging';

void runDistributedService(INTAKE_SERVICE, (runtime) => IntakeModule.register(runtime), 3101);
