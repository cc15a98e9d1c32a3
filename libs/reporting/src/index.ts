export { ReportingModule, REPORTING_SERVICE } from './reporting.module';
