import { receptionWarnings } from './reception-day-workflow';

describe('a reception receives at least three residents as a guideline', () => {
  it('warns below three, naming the guideline', () => {
    expect(receptionWarnings(2)).toEqual([expect.stringMatching(/^at-least-three-residents: 2 resident\(s\) received/)]);
    expect(receptionWarnings(0)).toHaveLength(1);
  });

  it('says nothing from three on', () => {
    expect(receptionWarnings(3)).toEqual([]);
    expect(receptionWarnings(12)).toEqual([]);
  });
});
