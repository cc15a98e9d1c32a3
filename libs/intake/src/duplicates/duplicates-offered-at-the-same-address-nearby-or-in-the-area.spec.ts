import { characterBigrams } from '../text/character-bigrams';
import { rankDuplicates, type DuplicateCandidate, type DuplicateProbe } from './duplicate-candidates';
import { addressKey } from './places';

const here = { latitude: 39.9139, longitude: 116.4006 };
const metresNorth = (metres: number) => ({ latitude: here.latitude + metres / 111_195, longitude: here.longitude });
const probe: DuplicateProbe = { areaCode: 'donghua.nanchizi', addressKey: addressKey('南池子大街 12 号'), bigrams: characterBigrams('下水道堵塞污水外溢'), coordinates: here };
const candidate = (extra: Partial<DuplicateCandidate>): DuplicateCandidate => ({
  id: 'r-1',
  areaCode: 'donghua.nanchizi',
  addressKey: addressKey('南池子大街 40 号'),
  bigrams: characterBigrams('下水道堵塞污水外溢'),
  coordinates: null,
  registeredAt: new Date('2026-03-01T00:00:00Z'),
  ...extra,
});

describe('why a candidate is offered: same address, near (≤ 200 m), or same area', () => {
  it('says "same-address" for the same address, even with an unrelated description', () => {
    const [offered] = rankDuplicates(probe, [candidate({ addressKey: addressKey('南池子大街１２号'), bigrams: characterBigrams('没水了') })]);
    expect(offered).toMatchObject({ reason: 'same-address', similarity: 0 });
  });

  it('says "near" with the distance for coordinates within 200 m, even across an area boundary', () => {
    const [offered] = rankDuplicates(probe, [candidate({ areaCode: 'donghua.dengshikou', coordinates: metresNorth(120) })]);
    expect(offered.reason).toBe('near');
    expect(offered.distanceMetres).toBe(120);
  });

  it('drops a request of another area farther than 200 m away', () => {
    expect(rankDuplicates(probe, [candidate({ areaCode: 'donghua.dengshikou', coordinates: metresNorth(350) })])).toEqual([]);
  });

  it('offers a similar request elsewhere in the area as "same-area", and drops a dissimilar one', () => {
    expect(rankDuplicates(probe, [candidate({})])[0].reason).toBe('same-area');
    expect(rankDuplicates(probe, [candidate({ bigrams: characterBigrams('路灯不亮，晚上很黑') })])).toEqual([]);
  });
});
