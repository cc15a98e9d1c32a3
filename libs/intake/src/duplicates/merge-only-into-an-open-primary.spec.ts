import { IllegalTransition, ValidationFailed } from '@civicloop/contracts';
import { mergedStatus, PrimaryNotOpen } from './merge-rules';

const duplicate = { id: 'dup', status: 'registered' as const };

describe('a duplicate is merged only into an open primary, before it is dispatched', () => {
  it('merges a registered or queued duplicate into a primary in any open state', () => {
    for (const status of ['registered', 'queued', 'dispatched', 'signed', 'replied', 'reopened'] as const) {
      expect(mergedStatus(duplicate, { id: 'p', status }, '同一地点同一问题')).toBe('merged');
    }
    expect(mergedStatus({ id: 'dup', status: 'queued' }, { id: 'p', status: 'dispatched' }, '重复来电')).toBe('merged');
  });

  it('refuses a closed, triaged or merged primary with 409 and its state', () => {
    for (const status of ['closed', 'triaged', 'merged'] as const) {
      expect(() => mergedStatus(duplicate, { id: 'p', status }, '重复')).toThrow(PrimaryNotOpen);
    }
    expect(() => mergedStatus(duplicate, { id: 'p', status: 'closed' }, '重复')).toThrow(/primary request is closed/);
  });

  it('refuses a duplicate a unit already has, with 409', () => {
    expect(() => mergedStatus({ id: 'dup', status: 'dispatched' }, { id: 'p', status: 'signed' }, '重复')).toThrow(IllegalTransition);
  });

  it('refuses merging a request into itself, or without a reason', () => {
    expect(() => mergedStatus(duplicate, { id: 'dup', status: 'queued' }, '重复')).toThrow(ValidationFailed);
    expect(() => mergedStatus(duplicate, { id: 'p', status: 'queued' }, ' ')).toThrow(/reason: say why/);
  });
});
