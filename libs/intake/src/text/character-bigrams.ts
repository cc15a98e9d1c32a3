/**
 * Search and duplicate detection without a dictionary or a PostgreSQL extension: Chinese text is
 * cut into overlapping character pairs (字符二元组), "下水道堵塞" → 下水, 水道, 道堵, 堵塞. Runs of
 * Latin letters and digits count as whole lowercase words ("WiFi" → wifi). The sets are stored
 * beside the text (text[] with a GIN index) so candidate queries are indexed.
 */

/** Han characters (CJK unified ideographs and extension A) and the compatibility block. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const WORD = /[a-z0-9]/;

function runsOf(text: string): Array<{ han: boolean; text: string }> {
  const runs: Array<{ han: boolean; text: string }> = [];
  let current: { han: boolean; text: string } | null = null;
  for (const char of text.normalize('NFKC').toLowerCase()) {
    const han = HAN.test(char);
    if (!han && !WORD.test(char)) {
      current = null;
      continue;
    }
    if (!current || current.han !== han) {
      current = { han, text: '' };
      runs.push(current);
    }
    current.text += char;
  }
  return runs;
}

/**
 * The distinct tokens of a text: the character pairs of every Han run (a lone character stands
 * for itself, so "水" can still be searched), and every Latin or digit word. Sorted, for stable storage.
 */
export function characterBigrams(text: string): string[] {
  const tokens = new Set<string>();
  for (const run of runsOf(text)) {
    if (!run.han) {
      tokens.add(run.text);
      continue;
    }
    const chars = [...run.text];
    if (chars.length === 1) tokens.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
  }
  return [...tokens].sort();
}

/** Dice coefficient of two token sets: 2·|A∩B| / (|A|+|B|), 0 (nothing shared) to 1 (the same). */
export function diceSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const other = new Set(b);
  const shared = new Set(a.filter((token) => other.has(token))).size;
  return (2 * shared) / (new Set(a).size + other.size);
}

/** How much of a query a text covers: |Q∩T| / |Q| — a long article is not penalised for saying more. */
export function queryCoverage(query: readonly string[], text: readonly string[]): number {
  if (query.length === 0) return 0;
  const tokens = new Set(text);
  const wanted = new Set(query);
  return [...wanted].filter((token) => tokens.has(token)).length / wanted.size;
}

/** Description similarity for duplicates (并单), rounded to two decimals for display. */
export function textSimilarity(a: string, b: string): number {
  return Math.round(diceSimilarity(characterBigrams(a), characterBigrams(b)) * 100) / 100;
}
