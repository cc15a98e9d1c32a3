import { ValidationFailed } from '@civicloop/contracts';
import { callbackAction, readCallbackAnswer } from './callback-answer';

const id = '7b0e3c52-2f0b-4c55-9a55-3b8b5f0f3c11';
const problemsOf = (payload: unknown) => {
  try {
    readCallbackAnswer(payload as never);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.problems.map((problem) => problem.field);
  }
};

describe('reading a callback answer', () => {
  it('counts a reached resident who answered both questions as a valid callback', () => {
    expect(readCallbackAnswer({ requestId: id, reached: true, solved: false, satisfaction: 'basically-satisfied' })).toEqual({
      requestId: id,
      answer: { reached: true, solved: false, satisfaction: 'basically-satisfied', valid: true },
      suggestedUnitCode: null,
    });
  });

  it('records an unreached resident as an invalid callback without answers', () => {
    expect(readCallbackAnswer({ requestId: id, reached: false }).answer).toEqual({ reached: false, solved: null, satisfaction: null, valid: false });
  });

  it('names the answer missing when the resident was reached', () => {
    expect(problemsOf({ requestId: id, reached: true, satisfaction: 'satisfied' })).toEqual(['solved']);
    expect(problemsOf({ requestId: id, reached: true, solved: true })).toEqual(['satisfaction']);
    expect(problemsOf({ requestId: id, reached: true, solved: 'yes', satisfaction: 'happy' })).toEqual(['solved', 'satisfaction']);
  });

  it('refuses answers from a resident who was not reached', () => {
    expect(problemsOf({ requestId: id, reached: false, solved: true })).toEqual(['solved']);
  });

  it('needs the request and whether the resident was reached', () => {
    expect(problemsOf({})).toEqual(['requestId', 'reached']);
  });
});

describe('what a callback does to the request', () => {
  it('closes a solved request, reopens an unsolved one and leaves an unreached one waiting', () => {
    const answer = (reached: boolean, solved: boolean | null) => ({ reached, solved, satisfaction: null, valid: reached });
    expect(callbackAction(answer(true, true))).toBe('record-solved-callback');
    expect(callbackAction(answer(true, false))).toBe('record-unsolved-callback');
    expect(callbackAction(answer(false, null))).toBe('record-unreached-callback');
  });
});
