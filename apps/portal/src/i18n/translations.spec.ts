import en from './en.json';
import oversightEn from './oversight.en.json';
import oversightZhCN from './oversight.zh-CN.json';
import zhCN from './zh-CN.json';

describe('the portal translations', () => {
  it.each([
    ['general', zhCN, en],
    ['oversight', oversightZhCN, oversightEn],
  ])('of the %s views have every Chinese message in English too, and nothing English-only', (_area, chinese, english) => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(chinese).sort());
  });

  it('never define one key in two files', () => {
    const shared = Object.keys(oversightZhCN).filter((key) => key in zhCN);
    expect(shared).toEqual([]);
  });

  it('leave no message empty', () => {
    for (const messages of [zhCN, en, oversightZhCN, oversightEn] as Array<Record<string, string>>) {
      expect(Object.entries(messages).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });
});
