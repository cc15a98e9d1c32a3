export { IntakeModule, INTAKE_SERVICE } from './intake.module';
