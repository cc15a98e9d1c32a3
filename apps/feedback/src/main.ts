import '@civicloop/telemetry/register';
import 'reflect-metadata';
import { FEEDBACK_SERVICE, FeedbackModule } from '@civicloop/feedback';
import { runDistributedService } from '@civicloop/messaging';

void runDistributedService(FEEDBACK_SERVICE, (runtime) => FeedbackModule.register(runtime), 3103);
