import { supervisionMet } from './supervision-met';

describe('a supervision deadline is met when the unit does what the notice was about', () => {
  it('is met by signing for when the notice was about a missed sign-for', () => {
    expect(supervisionMet(['sign-for'], ['sign-for'])).toBe(true);
  });

  it('is not met by signing for when the reply is also overdue', () => {
    expect(supervisionMet(['sign-for', 'feedback'], ['sign-for'])).toBe(false);
  });

  it('counts an earlier missed supervision deadline as covered by the step it was about', () => {
    expect(supervisionMet(['sign-for', 'supervision'], ['sign-for'])).toBe(true);
    expect(supervisionMet(['feedback', 'supervision'], ['sign-for'])).toBe(false);
  });
});
