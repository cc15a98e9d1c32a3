import { characterBigrams } from '../text/character-bigrams';
import { rankDuplicates, type DuplicateCandidate } from './duplicate-candidates';
import { addressKey } from './places';

const probe = { areaCode: 'donghua.nanchizi', addressKey: addressKey('南池子大街 12 号'), bigrams: characterBigrams('小区门口下水道堵塞，污水外溢'), coordinates: null };
let n = 0;
const candidate = (description: string, address = '南池子大街 12 号', extra: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  id: `r-${++n}`,
  areaCode: 'donghua.nanchizi',
  addressKey: addressKey(address),
  bigrams: characterBigrams(description),
  coordinates: null,
  registeredAt: new Date(Date.UTC(2026, 2, 1, 0, n)),
  ...extra,
});

describe('duplicates (并单) are ranked by how similar their description is', () => {
  it('puts the most similar description first', () => {
    const reworded = candidate('门口下水道堵塞了，污水冒出来');
    const other = candidate('门口垃圾桶满了没人清');
    const ranked = rankDuplicates(probe, [other, reworded]);
    expect(ranked.map((r) => r.candidate.id)).toEqual([reworded.id, other.id]);
    expect(ranked[0].similarity).toBeGreaterThan(ranked[1].similarity);
  });

  it('breaks a tie in similarity by the closer place, then by the newer request', () => {
    const inArea = candidate('小区门口下水道堵塞，污水外溢', '南池子大街 30 号');
    const older = candidate('小区门口下水道堵塞，污水外溢');
    const newer = candidate('小区门口下水道堵塞，污水外溢');
    expect(rankDuplicates(probe, [inArea, older, newer]).map((r) => r.candidate.id)).toEqual([newer.id, older.id, inArea.id]);
  });

  it('offers at most the limit', () => {
    const many = Array.from({ length: 15 }, () => candidate('下水道堵塞'));
    expect(rankDuplicates(probe, many, 10)).toHaveLength(10);
  });
});
