import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import zhCN from './engagement.zh-CN.json';

// Every fixed key the engagement views ask for is in the Chinese file (English parity is checked in i18n/).
describe('the engagement views’ messages', () => {
  it('exist for every key the views name literally', () => {
    const sources = readdirSync(__dirname).filter((file) => file.endsWith('.tsx') || (file.endsWith('.ts') && !file.endsWith('.spec.ts')));
    const used = new Set(sources.flatMap((file) => [...readFileSync(join(__dirname, file), 'utf8').matchAll(/t\('(engagement\.[\w.-]+)'/g)].map((match) => match[1]!)));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in zhCN))).toEqual([]);
  });

  it('name each fixed vocabulary of the API', () => {
    const keys = Object.keys(zhCN);
    for (const prefix of ['body.', 'state.', 'leg.department-to-liaison', 'leg.reply-to-deputy', 'leg.relay-to-resident', 'standing.', 'composition.', 'rule-kind.']) {
      expect(keys.some((key) => key.startsWith(`engagement.${prefix}`))).toBe(true);
    }
  });
});
