import { traceparentOf } from './trace-context';

const W3C = /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/;

describe('the trace context of a request', () => {
  it('keeps a well-formed traceparent the caller sent', () => {
    const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00';
    expect(traceparentOf({ traceparent: incoming })).toBe(incoming);
  });

  it('starts a new sampled trace for a missing or malformed one, with ids no two requests share', () => {
    const started = [...Array.from({ length: 600 }, () => traceparentOf({})), traceparentOf({ traceparent: '00-XYZ-00f067aa0ba902b7-01' }), traceparentOf({ traceparent: ['a', 'b'] })];
    for (const traceparent of started) expect(traceparent).toMatch(W3C);
    expect(new Set(started.map((traceparent) => traceparent.slice(3, 35))).size).toBe(started.length);
    expect(new Set(started.map((traceparent) => traceparent.slice(36, 52))).size).toBe(started.length);
  });
});
