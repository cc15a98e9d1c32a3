export { ReportingModule, REPORTING_SERVICE } from './reporting.module';
export { monthsEndingWith } from './rates/month-range';
