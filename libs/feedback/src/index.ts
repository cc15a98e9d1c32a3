export { FeedbackModule, FEEDBACK_SERVICE } from './feedback.module';
