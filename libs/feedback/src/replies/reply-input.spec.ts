import { ValidationFailed } from '@civicloop/contracts';
import { readReplyInput } from './reply-input';

const problemsOf = (payload: unknown) => {
  try {
    readReplyInput(payload as never);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.problems.map((problem) => problem.field);
  }
};

describe('reading a unit reply', () => {
  it('accepts a reply and trims its text', () => {
    expect(readReplyInput({ assignmentId: 'a1', outcome: 'explained', text: '  policy X applies  ' })).toEqual({
      assignmentId: 'a1',
      outcome: 'explained',
      text: 'policy X applies',
    });
  });

  it('names every missing or wrong field', () => {
    expect(problemsOf({ outcome: 'done', text: '   ' })).toEqual(['assignmentId', 'outcome', 'text']);
    expect(problemsOf(undefined)).toEqual(['assignmentId', 'outcome', 'text']);
  });

  it('refuses a text too long to read', () => {
    expect(problemsOf({ assignmentId: 'a1', outcome: 'solved', text: 'x'.repeat(4001) })).toEqual(['text']);
  });
});
