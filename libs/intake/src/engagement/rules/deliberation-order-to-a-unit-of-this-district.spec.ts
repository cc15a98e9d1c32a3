import type { DepartmentOrderInput, DistrictReferenceResult } from '@civicloop/contracts';
import { orderDescription, orderProblems } from './deliberation-order';

const reference: DistrictReferenceResult = {
  categories: [{ code: 'housing.property', name: '物业管理', parentCode: 'housing' }],
  areas: [],
  units: [{ code: 'housing-bureau', name: '区住房和城乡建设委员会', kind: 'department', parentCode: null }],
};
const order = (overrides: Partial<DepartmentOrderInput> = {}): DepartmentOrderInput => ({
  unitCode: 'housing-bureau',
  categoryCode: 'housing.property',
  type: 'help',
  address: '南池子大街 12 号院',
  contactName: '陈主任',
  contactPhone: '01065550000',
  ...overrides,
});

describe('社区下单: the community orders from a unit of this district', () => {
  it('accepts a complete order', () => {
    expect(orderProblems(order(), reference, 'order')).toEqual([]);
  });

  it('refuses a unit of another district (an unknown code) with 400 naming the field and the rule', () => {
    expect(orderProblems(order({ unitCode: 'other-district-bureau' }), reference, 'decisions[0].order')).toEqual([
      { field: 'decisions[0].order.unitCode', reason: 'order-to-a-unit-of-this-district: no unit "other-district-bureau" in this district' },
    ]);
  });

  it('wants a known category, a request type, an address and the contact, field by field', () => {
    const fields = orderProblems(order({ categoryCode: 'x', type: 'wish' as never, address: ' ', contactPhone: '' }), reference, 'order').map((problem) => problem.field);
    expect(fields).toEqual(['order.categoryCode', 'order.type', 'order.address', 'order.contactPhone']);
    expect(orderProblems(undefined, reference, 'order')).toEqual([{ field: 'order', reason: expect.stringContaining('社区下单') }]);
  });

  it("tells the unit who ordered it and why", () => {
    expect(orderDescription('12号院化粪池反复外溢', '南池子社区', '三方协商无法解决')).toBe('12号院化粪池反复外溢（南池子社区社区下单：三方协商无法解决）');
  });
});
