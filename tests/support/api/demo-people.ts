import type { Identity } from './api-client';

/** The people of the demo district, by role, as the tests act. */
export const operator: Identity = { userId: 'op-1', roles: ['platform-operator'] };
export const agent: Identity = { userId: 'agent-1', roles: ['agent'] };
export const dispatcher: Identity = { userId: 'dispatcher-1', roles: ['dispatcher'] };
export const supervisor: Identity = { userId: 'supervisor-1', roles: ['supervisor'] };
export const resident: Identity = { userId: 'resident-1', roles: ['resident'] };
export const otherResident: Identity = { userId: 'resident-2', roles: ['resident'] };
export const donghuaStaff: Identity = { userId: 'donghua-1', roles: ['unit-staff'], unitCodes: ['street-donghua'] };
export const jingshanStaff: Identity = { userId: 'jingshan-1', roles: ['unit-staff'], unitCodes: ['street-jingshan'] };
export const housingStaff: Identity = { userId: 'housing-1', roles: ['unit-staff'], unitCodes: ['housing-bureau'] };

export function drainageRequest(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'hotline',
    type: 'complaint',
    categoryCode: 'drainage.blockage',
    description: '小区门口下水道堵塞，污水外溢。',
    areaCode: 'donghua.nanchizi',
    address: '南池子大街 12 号',
    residentName: '张三',
    residentPhone: '13800138000',
    urgency: 'general',
    confidential: false,
    ...overrides,
  };
}
