/**
 * One year of a district's holiday schedule, as its admin keeps it (normally copied from the State
 * Council's notice for that year). Days not listed follow the week: Monday to Friday work.
 */
export interface CalendarYear {
  year: number;
  /** `YYYY-MM-DD` days off that would otherwise be working days, or that are official holidays. */
  holidays: string[];
  /** `YYYY-MM-DD` weekend days that are working days (调休 make-up days). */
  makeUpWorkdays: string[];
  /** Where the schedule comes from, e.g. the notice's title and address, so admins can check it. */
  source: string;
}
