import { hasAnyRole, isUnitStaff, seesWholeDistrict, type ActorContext } from '@civicloop/contracts';
import type { ArticleStatus } from './article-workflow';
import { isArticleReviewer } from './article-workflow';

export interface ArticleValidity {
  status: ArticleStatus;
  ownerUnitCode: string;
  /** YYYY-MM-DD, in the district's time zone. */
  validFrom: string;
  validTo: string | null;
}

/** Valid on a day (YYYY-MM-DD): from validFrom, through validTo inclusive. */
export function isValidOn(article: Pick<ArticleValidity, 'validFrom' | 'validTo'>, today: string): boolean {
  return article.validFrom <= today && (article.validTo === null || today <= article.validTo);
}

/**
 * Who reads which articles:
 * - residents and the public (no sign-in): published and valid today;
 * - the call centre, supervisors and unit staff: every published article (an expired one is marked);
 * - a unit's staff also their own unit's drafts, reviews and rejections; the reviewers all of them.
 * Anything else is 404.
 */
export interface ArticleScope {
  allStatuses: boolean;
  ownUnitCodes: string[];
  publishedOnlyWhenValid: boolean;
}

export function articleScope(context: ActorContext): ArticleScope {
  const staff = seesWholeDistrict(context) || isUnitStaff(context) || hasAnyRole(context, ['deputy', 'liaison']);
  return {
    allStatuses: isArticleReviewer(context),
    ownUnitCodes: isUnitStaff(context) ? [...context.unitCodes] : [],
    publishedOnlyWhenValid: !staff,
  };
}

export function canSeeArticle(scope: ArticleScope, article: ArticleValidity, today: string): boolean {
  if (scope.allStatuses || scope.ownUnitCodes.includes(article.ownerUnitCode)) return true;
  if (article.status !== 'published') return false;
  return !scope.publishedOnlyWhenValid || isValidOn(article, today);
}

/** An answer may cite only an article the resident can read too: published and valid today. */
export function citableProblem(article: ArticleValidity | null, today: string): string | null {
  if (!article) return 'no such article in this district';
  if (article.status !== 'published') return `the article is ${article.status}, not published`;
  if (!isValidOn(article, today)) return `the article is not valid today (valid ${article.validFrom} to ${article.validTo ?? 'open end'})`;
  return null;
}
