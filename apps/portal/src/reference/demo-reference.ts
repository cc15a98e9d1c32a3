// Fixed vocabularies of the API (shown through the translation files) and the demo people; the
// district's own categories, areas and units come from GET /api/v1/reference (district-reference.tsx).
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
