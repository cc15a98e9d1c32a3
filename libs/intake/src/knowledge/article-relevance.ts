import { characterBigrams } from '../text/character-bigrams';

/** A title match weighs twice a body match: the title names the question an article answers. */
const TITLE_WEIGHT = 2;

/**
 * How well an article answers a query, 0..1: the share of the query's character pairs found in
 * the title and in the body, weighted. A lone-character query is matched as a substring.
 */
export function articleRelevance(query: string, article: { title: string; body: string }): number {
  const wanted = characterBigrams(query);
  if (wanted.length === 0) return 0;
  const title = coverage(wanted, article.title);
  const body = coverage(wanted, article.body);
  return Math.round(((TITLE_WEIGHT * title + body) / (TITLE_WEIGHT + 1)) * 1000) / 1000;
}

/** Most relevant first; equally relevant ones by title, so pages are stable. */
export function rankArticles<T extends { title: string; body: string }>(query: string, articles: readonly T[]): Array<T & { relevance: number }> {
  return articles
    .map((article) => ({ ...article, relevance: articleRelevance(query, article) }))
    .filter((article) => article.relevance > 0)
    .sort((a, b) => b.relevance - a.relevance || a.title.localeCompare(b.title, 'zh-CN'));
}

/** The share of the query's tokens in a text; a lone character counts when the text contains it anywhere. */
function coverage(wanted: readonly string[], text: string): number {
  const tokens = new Set(characterBigrams(text));
  const folded = text.normalize('NFKC').toLowerCase();
  return wanted.filter((token) => tokens.has(token) || ([...token].length === 1 && folded.includes(token))).length / wanted.length;
}
