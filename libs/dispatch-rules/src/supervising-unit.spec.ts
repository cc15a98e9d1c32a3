import { supervisingUnitFor } from './supervising-unit';

describe('the district is copied to supervise orders dispatched to a street', () => {
  it('names the district’s supervising unit for a street', () => {
    expect(supervisingUnitFor('street', 'district-office')).toBe('district-office');
  });

  it.each(['department', 'community', 'district', 'company'])('copies nobody for a %s', (kind) => {
    expect(supervisingUnitFor(kind, 'district-office')).toBeNull();
  });

  it('copies nobody when the district has no supervising unit', () => {
    expect(supervisingUnitFor('street', null)).toBeNull();
  });
});
