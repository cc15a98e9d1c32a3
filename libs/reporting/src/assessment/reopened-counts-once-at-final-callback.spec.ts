import { lastValidCallbacks, type RecordedCallback } from './last-valid-callback';

const call = (callbackId: string, attempt: number, recordedAt: string, solved: boolean, valid = true): RecordedCallback => ({
  callbackId,
  requestId: 'r1',
  unitCode: 'street-jingshan',
  attempt,
  valid,
  solved: valid ? solved : null,
  satisfaction: valid ? (solved ? 'basically-satisfied' : 'not-satisfied') : null,
  recordedAt,
});

describe('a request reopened (重办) twice', () => {
  const tries = [call('c1', 1, '2026-10-17T03:00:00Z', false), call('c2', 2, '2026-10-22T02:00:00Z', false), call('c3', 3, '2026-10-27T02:00:00Z', true)];

  it('counts once, by its final valid callback, with the try it was solved at', () => {
    expect(lastValidCallbacks(tries)).toEqual([{ requestId: 'r1', unitCode: 'street-jingshan', attempt: 3, solved: true, satisfaction: 'basically-satisfied', recordedAt: '2026-10-27T02:00:00Z' }]);
  });

  it('gives the same answer whatever order the callbacks arrive in', () => {
    expect(lastValidCallbacks([...tries].reverse())).toEqual(lastValidCallbacks(tries));
  });

  it('ignores a later invalid call: the last VALID callback decides', () => {
    expect(lastValidCallbacks([...tries, call('c4', 3, '2026-10-28T02:00:00Z', false, false)])[0].attempt).toBe(3);
  });
});
