import { objectionNumber, reviewerRoleFor } from './objection-rules';

describe('after two objections on one order the supervisor arbitrates (第三次异议由督办仲裁)', () => {
  it('sends the first and the second objection to the dispatchers', () => {
    expect(reviewerRoleFor(objectionNumber([]))).toBe('dispatcher');
    expect(reviewerRoleFor(objectionNumber([{ state: 'upheld' }]))).toBe('dispatcher');
  });

  it('sends the third objection to the supervisor, whatever the first two came to', () => {
    expect(objectionNumber([{ state: 'upheld' }, { state: 'rejected' }])).toBe(3);
    expect(reviewerRoleFor(3)).toBe('supervisor');
    expect(reviewerRoleFor(4)).toBe('supervisor');
  });

  it('does not count an objection the unit’s own manager refused: it never left the unit', () => {
    expect(objectionNumber([{ state: 'refused-by-manager' }, { state: 'rejected' }])).toBe(2);
  });
});
