import { articleRelevance, rankArticles } from './article-relevance';

const outage = { title: '计划停水通知怎么查询', body: '停水前三天在小区公告栏和区水务局网站公布。' };
const heating = { title: '供暖期开始时间', body: '本区供暖期为每年11月15日至次年3月15日，遇寒冷天气可提前供暖，停水期间不受影响。' };
const parking = { title: '居住区停车收费标准', body: '按照本市居住区停车收费政策执行。' };

describe('knowledge-base search works for Chinese without a dictionary, and ranks', () => {
  it('finds an article by words that are not separated by spaces', () => {
    expect(articleRelevance('停水', outage)).toBeGreaterThan(0);
    expect(articleRelevance('怎么查停水', outage)).toBeGreaterThan(0);
  });

  it('ranks a title match above a mention in the body, and leaves out articles that do not match', () => {
    expect(rankArticles('停水', [parking, heating, outage]).map((a) => a.title)).toEqual([outage.title, heating.title]);
  });

  it('matches a one-character query anywhere in the text', () => {
    expect(rankArticles('暖', [parking, heating]).map((a) => a.title)).toEqual([heating.title]);
  });

  it('finds nothing for a query of punctuation only', () => {
    expect(rankArticles('，。！', [outage])).toEqual([]);
  });
});
