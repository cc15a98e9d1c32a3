import { ValidationFailed } from '@civicloop/contracts';
import { citableProblem } from '../knowledge/article-visibility';
import { validTriage } from './triage-rules';

const ARTICLE = '0b6f1b8e-7f0a-4a51-9d55-1d2f7a3c9e10';
const answered = { outcome: 'answered' as const, reason: '已按知识库答复', articleId: ARTICLE };
const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.problems;
    throw error;
  }
  return [];
};

describe('a consultation (咨询) is answered at once by citing a knowledge-base article', () => {
  it('accepts a consultation answered with an article and a reason', () => {
    expect(validTriage('consultation', answered)).toEqual({ outcome: 'answered', reason: '已按知识库答复', articleId: ARTICLE, emergencyService: null, referredTo: null });
  });

  it('refuses to answer a complaint at once', () => {
    expect(problemsOf(() => validTriage('complaint', answered))).toEqual([{ field: 'outcome', reason: 'only a consultation (咨询) is answered at once; this request is a complaint' }]);
  });

  it('needs the cited article', () => {
    expect(problemsOf(() => validTriage('consultation', { outcome: 'answered', reason: '已答复' }, 'triage.'))).toEqual([
      { field: 'triage.articleId', reason: 'required when the outcome is answered' },
    ]);
  });

  it('cites only a published article valid today', () => {
    const article = { status: 'published' as const, ownerUnitCode: 'water-authority', validFrom: '2026-01-01', validTo: '2026-06-30' };
    expect(citableProblem(article, '2026-03-01')).toBeNull();
    expect(citableProblem({ ...article, status: 'in-review' }, '2026-03-01')).toBe('the article is in-review, not published');
    expect(citableProblem(article, '2026-07-01')).toMatch(/not valid today/);
    expect(citableProblem(null, '2026-03-01')).toBe('no such article in this district');
  });
});
