import type { DeputyBody, DeputyLevel } from '@civicloop/contracts';

/** The demo district's deputies: one of each body, so the demo team is a valid 两代表一委员 team. */
export const DEMO_DEPUTIES: ReadonlyArray<{
  name: string;
  body: DeputyBody;
  level: DeputyLevel;
  profession: string;
  expertise: string[];
  homeStation: string;
  inSystem: boolean;
  contact: string;
  /** The demo account (deploy/keycloak/demo-users.json) as the development realm names it. */
  userId: string | null;
}> = [
  { name: '王建国', body: 'party-congress', level: 'district', profession: '街道工委书记', expertise: ['drainage', 'environment'], homeStation: '东华门街道代表联络站', inSystem: true, contact: '13900000001', userId: null },
  { name: '李秀英', body: 'peoples-congress', level: 'district', profession: '律师', expertise: ['housing.property', '物业纠纷'], homeStation: '东华门街道代表联络站', inSystem: false, contact: '13900000002', userId: 'local:demo-deputy' },
  { name: '张明', body: 'cppcc', level: 'district', profession: '中学校长', expertise: ['入学', '教育'], homeStation: '东华门街道代表联络站', inSystem: false, contact: '13900000003', userId: null },
];

export const DEMO_STREET = 'street-donghua';
export const DEMO_COMMUNITIES = ['donghua.nanchizi', 'donghua.dengshikou'];
