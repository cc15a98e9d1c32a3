import { ValidationFailed } from '@civicloop/contracts';
import { validatedWeights } from './assessment-weights';

const problemsOf = (input: Record<string, unknown>) => {
  try {
    validatedWeights(input);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.problems.map((problem) => problem.field);
  }
};

describe('a district\'s composite weights', () => {
  it('accept three part weights adding up to 1, with "basically satisfied" at 0.9 when left out', () => {
    expect(validatedWeights({ response: 0.1, resolution: 0.5, satisfaction: 0.4 })).toEqual({ response: 0.1, resolution: 0.5, satisfaction: 0.4, basicallySatisfiedWeight: 0.9 });
    expect(validatedWeights({ response: 0.2, resolution: 0.4, satisfaction: 0.4, basicallySatisfiedWeight: 0.8 }).basicallySatisfiedWeight).toBe(0.8);
  });

  it('refuse part weights that do not add up to 1, naming the sum', () => {
    expect(problemsOf({ response: 0.2, resolution: 0.5, satisfaction: 0.4 })).toEqual(['weights']);
    expect(() => validatedWeights({ response: 0.2, resolution: 0.5, satisfaction: 0.4 })).toThrow(/add up to 1, not 1.1/);
  });

  it('refuse a weight that is missing, negative, above 1 or not a number, naming each field', () => {
    expect(problemsOf({ response: -0.1, resolution: '0.5', satisfaction: 0.6 })).toEqual(['response', 'resolution']);
    expect(problemsOf({ resolution: 0.5, satisfaction: 0.5 })).toEqual(['response']);
    expect(problemsOf({ response: 0.1, resolution: 0.5, satisfaction: 0.4, basicallySatisfiedWeight: 1.5 })).toEqual(['basicallySatisfiedWeight']);
  });
});
