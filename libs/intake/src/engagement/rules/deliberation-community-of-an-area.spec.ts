import type { DistrictReferenceResult } from '@civicloop/contracts';
import { communityOf } from './deliberation-community';

const reference: DistrictReferenceResult = {
  categories: [],
  areas: [
    { code: 'district', name: '示范区', parentCode: null },
    { code: 'donghua', name: '东华门街道', parentCode: 'district' },
    { code: 'donghua.nanchizi', name: '南池子社区', parentCode: 'donghua' },
    { code: 'donghua.dengshikou', name: '灯市口社区', parentCode: 'donghua' },
  ],
  units: [
    { code: 'street-donghua', name: '东华门街道', kind: 'street', parentCode: 'district-office' },
    { code: 'community-nanchizi', name: '南池子社区', kind: 'community', parentCode: 'street-donghua' },
  ],
};

describe("a community is an area of the district, acted for by its residents' committee and its street", () => {
  it("finds the committee by the area's name and the street above it", () => {
    expect(communityOf(reference, 'donghua.nanchizi')).toEqual({ areaCode: 'donghua.nanchizi', name: '南池子社区', communityUnitCode: 'community-nanchizi', streetUnitCode: 'street-donghua' });
  });

  it('without a committee unit, names the street by the area above (only its liaison acts)', () => {
    expect(communityOf(reference, 'donghua.dengshikou')).toEqual({ areaCode: 'donghua.dengshikou', name: '灯市口社区', communityUnitCode: null, streetUnitCode: 'street-donghua' });
  });

  it('is not an unknown area, the district itself, nor a street with communities under it', () => {
    expect(communityOf(reference, 'elsewhere')).toBeNull();
    expect(communityOf(reference, 'district')).toBeNull();
    expect(communityOf(reference, 'donghua')).toBeNull();
  });
});
