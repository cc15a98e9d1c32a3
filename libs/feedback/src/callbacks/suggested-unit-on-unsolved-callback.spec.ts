import { ValidationFailed } from '@civicloop/contracts';
import { readCallbackAnswer } from './callback-answer';

const id = '6b1f3c1e-8a1c-4c55-9a53-4b0c3f0d2a11';
const problemsOf = (payload: Record<string, unknown>) => {
  try {
    readCallbackAnswer(payload);
    return [];
  } catch (error) {
    return (error as ValidationFailed).problems.map((problem) => problem.field);
  }
};

describe('an unsolved callback may suggest the unit for the next try (重办)', () => {
  it('passes the suggested unit on when the resident says it is not solved', () => {
    const read = readCallbackAnswer({ requestId: id, reached: true, solved: false, satisfaction: 'not-satisfied', unitCode: 'street-jingshan' });
    expect(read.suggestedUnitCode).toBe('street-jingshan');
  });

  it('leaves the choice to dispatch when no unit is suggested', () => {
    expect(readCallbackAnswer({ requestId: id, reached: true, solved: false, satisfaction: 'not-satisfied' }).suggestedUnitCode).toBeNull();
  });

  it('refuses a suggestion on a solved or unreached callback, and one that is not a unit code', () => {
    expect(problemsOf({ requestId: id, reached: true, solved: true, satisfaction: 'satisfied', unitCode: 'street-jingshan' })).toEqual(['unitCode']);
    expect(problemsOf({ requestId: id, reached: false, unitCode: 'street-jingshan' })).toEqual(['unitCode']);
    expect(problemsOf({ requestId: id, reached: true, solved: false, satisfaction: 'not-satisfied', unitCode: '街道 x' })).toEqual(['unitCode']);
  });
});
