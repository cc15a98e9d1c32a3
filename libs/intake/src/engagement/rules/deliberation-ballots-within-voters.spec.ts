import { assertValidVote, leadingOptions, votersOf } from './deliberation-vote';

const fieldAndReason = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (error) {
    return (error as { status: number; problems: Array<{ field: string; reason: string }> }).problems[0];
  }
};

describe('a recorded vote has no more ballots than participants with a vote (ballots-within-voters)', () => {
  const options = ['物业统一清运', '居民自行清理'];

  it('counts those who vote: a guest without a vote does not', () => {
    expect(votersOf([{}, { votes: true }, { votes: false }])).toBe(2);
  });

  it('accepts up to as many ballots as voters (abstentions allowed)', () => {
    expect(assertValidVote(options, [3, 2], 5)).toBe(5);
    expect(assertValidVote(options, [1, 0], 5)).toBe(1);
  });

  it('refuses more ballots than voters with 400 on counts, naming the rule', () => {
    expect(fieldAndReason(() => assertValidVote(options, [4, 2], 5))).toEqual({ field: 'counts', reason: 'ballots-within-voters: 6 ballots but only 5 participant(s) have a vote' });
  });

  it('wants one whole, non-negative count per option', () => {
    expect(fieldAndReason(() => assertValidVote(options, [1], 5))?.reason).toMatch(/one count per option: this item has 2/);
    expect(fieldAndReason(() => assertValidVote(options, [1, -1], 5))?.reason).toMatch(/whole numbers/);
  });

  it('names the leading options, several on a tie, none without ballots', () => {
    expect(leadingOptions([5, 2])).toEqual([0]);
    expect(leadingOptions([3, 3, 1])).toEqual([0, 1]);
    expect(leadingOptions([0, 0])).toEqual([]);
    expect(leadingOptions(null)).toEqual([]);
  });
});
