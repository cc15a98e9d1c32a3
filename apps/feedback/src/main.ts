import 'reflect-metadata';
import { FeedbackModule } from '@civicloop/feedback';
import { runDistributedService } from '@civicloop/messaging';

void runDistributedService('feedback', (runtime) => FeedbackModule.register(runtime), 3103);
