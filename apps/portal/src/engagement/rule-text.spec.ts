import { ruleText } from './rule-text';

describe('a rule the backend names', () => {
  const reason = 'team-needs-an-in-system-member: at least one member must be in the system (体制内)';

  it('is shown in the reader’s language, the server’s own words after it', () => {
    expect(ruleText(reason, 'zh-CN')).toBe('接待组至少要有一名体制内成员 — at least one member must be in the system (体制内)');
    expect(ruleText(reason, 'en')).toMatch(/^A team needs at least one member in the system — /);
  });

  it('is left as sent when the portal does not know the rule', () => {
    expect(ruleText('some-new-rule: why', 'zh-CN')).toBe('some-new-rule: why');
    expect(ruleText('is required', 'en')).toBe('is required');
  });
});
