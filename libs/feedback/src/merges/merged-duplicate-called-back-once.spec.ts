import { mergedCallbackStep, primaryCoversDuplicates } from './merged-callback';

const primary = 'p-1';

describe('a merged duplicate (并单) is called back on its own, once, after its primary', () => {
  it('becomes due a callback when the primary is replied or has expired', () => {
    expect(primaryCoversDuplicates('replied')).toBe(true);
    expect(primaryCoversDuplicates('expired')).toBe(true);
    expect(primaryCoversDuplicates('signed')).toBe(false);
    expect(mergedCallbackStep(null, primary)).toBe('open');
  });

  it('follows the primary’s newer reply while its own callback is still open', () => {
    expect(mergedCallbackStep({ status: 'replied', primaryRequestId: primary, callbackDueSince: new Date() }, primary)).toBe('follow-primary');
  });

  it('is left alone once called back, or when it is handled on its own', () => {
    expect(mergedCallbackStep({ status: 'closed', primaryRequestId: primary, callbackDueSince: null }, primary)).toBe('leave');
    expect(mergedCallbackStep({ status: 'dispatched', primaryRequestId: primary, callbackDueSince: null }, primary)).toBe('leave');
  });
});
