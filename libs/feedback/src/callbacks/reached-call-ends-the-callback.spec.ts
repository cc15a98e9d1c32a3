import { callbackStep } from './callback-calls';

describe('a call that reaches the resident ends the callback, whichever call it is', () => {
  it('closes a solved request on the second call', () => {
    expect(callbackStep({ reached: true, solved: true, satisfaction: 'satisfied', valid: true }, 1)).toEqual({
      callNo: 2,
      final: true,
      action: 'record-solved-callback',
    });
  });

  it('reopens (重办) an unsolved request on the third call', () => {
    expect(callbackStep({ reached: true, solved: false, satisfaction: 'not-satisfied', valid: true }, 2)).toEqual({
      callNo: 3,
      final: true,
      action: 'record-unsolved-callback',
    });
  });
});
