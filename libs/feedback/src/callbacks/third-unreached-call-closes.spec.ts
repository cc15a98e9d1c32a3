import { callbackStep } from './callback-calls';

const unreached = { reached: false, solved: null, satisfaction: null, valid: false };

describe('a callback gives up after the third call that does not reach the resident', () => {
  it('leaves the first and second unreached calls waiting for another call', () => {
    expect(callbackStep(unreached, 0)).toEqual({ callNo: 1, final: false, action: 'record-unreached-callback' });
    expect(callbackStep(unreached, 1)).toEqual({ callNo: 2, final: false, action: 'record-unreached-callback' });
  });

  it('closes the loop as not reached on the third, an invalid callback', () => {
    expect(callbackStep(unreached, 2)).toEqual({ callNo: 3, final: true, action: 'close-unreached' });
  });

  it('follows another number of calls when one is given', () => {
    expect(callbackStep(unreached, 0, 1)).toEqual({ callNo: 1, final: true, action: 'close-unreached' });
  });
});
