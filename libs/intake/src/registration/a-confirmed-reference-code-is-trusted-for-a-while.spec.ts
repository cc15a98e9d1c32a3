import { ConfirmedReferenceCodes } from './confirmed-reference-codes';

describe('a category or area code dispatch confirmed is trusted for a while, per district', () => {
  const codes = { categoryCode: 'drainage', areaCode: 'east' };

  it('asks about every code it has not seen confirmed', () => {
    expect(new ConfirmedReferenceCodes(1000).unconfirmed('d1', codes, 0)).toEqual(['categoryCode', 'areaCode']);
  });

  it('trusts confirmed codes until the time-to-live ends, then asks again', () => {
    const confirmed = new ConfirmedReferenceCodes(1000);
    confirmed.confirm('d1', 'categoryCode', 'drainage', 0);
    confirmed.confirm('d1', 'areaCode', 'east', 0);
    expect(confirmed.unconfirmed('d1', codes, 999)).toEqual([]);
    expect(confirmed.unconfirmed('d1', codes, 1000)).toEqual(['categoryCode', 'areaCode']);
  });

  it('does not carry a confirmation to another district or to the other field', () => {
    const confirmed = new ConfirmedReferenceCodes(1000);
    confirmed.confirm('d1', 'categoryCode', 'drainage', 0);
    expect(confirmed.unconfirmed('d2', codes, 1)).toEqual(['categoryCode', 'areaCode']);
    expect(confirmed.unconfirmed('d1', { categoryCode: 'east', areaCode: 'drainage' }, 1)).toEqual(['categoryCode', 'areaCode']);
  });
});
