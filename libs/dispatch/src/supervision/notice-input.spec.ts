import { ValidationFailed } from '@civicloop/contracts';
import { readNoticeInput } from './notice-input';

const now = new Date('2026-03-02T09:00:00Z');
const fieldsOf = (payload: Record<string, unknown>) => {
  try {
    readNoticeInput(payload, now);
    return [];
  } catch (error) {
    return (error as ValidationFailed).problems.map((problem) => problem.field);
  }
};

describe('a supervision notice (督办) sets a new deadline in the future with a note', () => {
  it('is taken with a note and a later deadline', () => {
    expect(readNoticeInput({ assignmentId: 'a', note: ' 请于明日前签收 ', dueAt: '2026-03-03T09:00:00Z' }, now)).toEqual({
      assignmentId: 'a',
      note: '请于明日前签收',
      dueAt: new Date('2026-03-03T09:00:00Z'),
    });
  });

  it('is refused without a note, or with a deadline that is not a later instant', () => {
    expect(fieldsOf({ note: '  ', dueAt: '2026-03-03T09:00:00Z' })).toEqual(['note']);
    expect(fieldsOf({ note: 'x', dueAt: 'tomorrow' })).toEqual(['dueAt']);
    expect(fieldsOf({ note: 'x', dueAt: '2026-03-02T09:00:00Z' })).toEqual(['dueAt']);
  });
});
