// The demo district's codes (libs/dispatch/src/districts/demo-district.ts), shown by name through the
// translation files. A district endpoint for its own reference data replaces this list later.
export const CATEGORY_CODES = [
  'drainage.blockage',
  'environment.garbage.overflow',
  'utilities.water.outage',
  'traffic.signal',
  'housing.property',
  'noise',
] as const;

export const AREA_CODES = ['donghua.nanchizi', 'donghua.dengshikou', 'jingshan.huangcheng', 'donghua', 'jingshan'] as const;

export const UNIT_CODES = [
  'street-donghua',
  'street-jingshan',
  'community-nanchizi',
  'water-authority',
  'traffic-police',
  'city-management',
  'housing-bureau',
  'district-office',
] as const;

export const REQUEST_TYPES = ['complaint', 'help', 'consultation', 'report', 'suggestion', 'praise'] as const;
export const CHANNELS = ['hotline', 'app', 'wechat', 'web', 'suggestion-box', 'visit', 'reception', 'station'] as const;
export const URGENCIES = ['general', 'utilities', 'emergency', 'complex'] as const;
export const REPLY_OUTCOMES = ['solved', 'partly-solved', 'explained'] as const;
export const SATISFACTION_LEVELS = ['satisfied', 'basically-satisfied', 'not-satisfied'] as const;

export interface DemoUser {
  username: string;
  roles: string[];
  tenant: string;
}

declare const __DEMO_USERS__: DemoUser[];

/** The demo people of deploy/keycloak/demo-users.json, embedded at build time (usernames and roles only). */
export const DEMO_USERS: DemoUser[] = __DEMO_USERS__;
