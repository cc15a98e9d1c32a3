import { replyRefusal } from './reply-eligibility';

describe('only the lead unit replies for a case (首接负责)', () => {
  it('lets the lead holding the case reply, with or without a role on record', () => {
    expect(replyRefusal({ assignmentId: 'lead', role: 'lead' }, 'lead')).toBeNull();
    expect(replyRefusal({ assignmentId: 'lead' }, 'lead')).toBeNull();
  });

  it('refuses a co-handler with 409 saying the lead replies for all', () => {
    const refusal = replyRefusal({ assignmentId: 'co', role: 'co-handler' }, 'lead');
    expect(refusal?.status).toBe(409);
    expect(refusal?.message).toContain('the lead unit replies for all');
  });

  it('refuses a withdrawn assignment with 409', () => {
    expect(replyRefusal({ assignmentId: 'old', role: 'lead' }, 'lead')?.status).toBe(409);
  });
});
