import engagementEn from '../engagement/engagement.en.json';
import engagementZhCN from '../engagement/engagement.zh-CN.json';
import en from './en.json';
import oversightEn from './oversight.en.json';
import oversightZhCN from './oversight.zh-CN.json';
import zhCN from './zh-CN.json';

describe('the portal translations', () => {
  it.each([
    ['general', zhCN, en],
    ['oversight', oversightZhCN, oversightEn],
    ['engagement', engagementZhCN, engagementEn],
  ])('of the %s views have every Chinese message in English too, and nothing English-only', (_area, chinese, english) => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(chinese).sort());
  });

  it('never define one key in two files', () => {
    const files: Array<Record<string, string>> = [zhCN, oversightZhCN, engagementZhCN];
    const shared = files.flatMap((file, i) => Object.keys(file).filter((key) => files.some((other, j) => j !== i && key in other)));
    expect(shared).toEqual([]);
  });

  it('leave no message empty', () => {
    for (const messages of [zhCN, en, oversightZhCN, oversightEn, engagementZhCN, engagementEn] as Array<Record<string, string>>) {
      expect(Object.entries(messages).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });
});
