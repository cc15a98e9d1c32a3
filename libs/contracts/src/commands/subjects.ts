/** Request/reply subjects (core NATS, or the in-process bus): `cmd.*` change state, `qry.*` only read. */
export const Subjects = {
  RegisterRequest: 'cmd.intake.register-request',
  GetRequest: 'qry.intake.get-request',
  GetRequestHistory: 'qry.intake.get-request-history',
  ListRequests: 'qry.intake.list-requests',

  ProvisionDistrict: 'cmd.dispatch.provision-district',
  LookupReference: 'qry.dispatch.lookup-reference',
  DistrictReference: 'qry.dispatch.reference',
  AssignRequest: 'cmd.dispatch.assign-request',
  SignFor: 'cmd.dispatch.sign-for',
  RaiseObjection: 'cmd.dispatch.raise-objection',
  ReviewObjection: 'cmd.dispatch.review-objection',
  GetAssignment: 'qry.dispatch.get-assignment',
  ListAssignments: 'qry.dispatch.list-assignments',
  DispatchQueue: 'qry.dispatch.queue',

  RecordReply: 'cmd.feedback.record-reply',
  RecordCallback: 'cmd.feedback.record-callback',
  GetFeedbackCase: 'qry.feedback.get-case',

  UnitMonthRates: 'qry.reporting.unit-month-rates',
} as const;
export type Subject = (typeof Subjects)[keyof typeof Subjects];
