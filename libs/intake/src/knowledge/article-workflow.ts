import { Forbidden, hasAnyRole, IllegalTransition, UNIT_ROLES, type ActorContext, type Role } from '@civicloop/contracts';

/** A knowledge-base article (知识库) from the unit's draft to the district's decision. */
export const ARTICLE_STATUSES = ['draft', 'in-review', 'published', 'rejected'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export type ArticleAction = 'edit' | 'submit' | 'approve' | 'reject';
const ARTICLE_ACTIONS: readonly ArticleAction[] = ['edit', 'submit', 'approve', 'reject'];

/** A rejected article is edited (back to draft) or sent again as it is; a published one is final. */
const TRANSITIONS: Readonly<Record<ArticleStatus, Partial<Record<ArticleAction, ArticleStatus>>>> = {
  draft: { edit: 'draft', submit: 'in-review' },
  'in-review': { approve: 'published', reject: 'rejected' },
  published: {},
  rejected: { edit: 'draft', submit: 'in-review' },
};

/** @throws IllegalTransition (409) with the article's state and what is allowed. */
export function nextArticleStatus(status: ArticleStatus, action: ArticleAction): ArticleStatus {
  const next = TRANSITIONS[status][action];
  if (!next) throw new IllegalTransition('article', status, action, ARTICLE_ACTIONS.filter((a) => TRANSITIONS[status][a]));
  return next;
}

/** The district reviews what the units write. */
export const ARTICLE_REVIEWERS: readonly Role[] = ['district-admin', 'supervisor'];

export function isArticleReviewer(context: ActorContext): boolean {
  return hasAnyRole(context, ARTICLE_REVIEWERS);
}

/** Units keep their own articles: staff or managers of the owning unit write, edit and submit them. */
export function assertMayWrite(context: ActorContext, ownerUnitCode: string): void {
  if (!hasAnyRole(context, UNIT_ROLES)) throw new Forbidden(`writing an article needs one of the roles: ${UNIT_ROLES.join(', ')}`);
  if (!context.unitCodes.includes(ownerUnitCode)) throw new Forbidden(`only staff of ${ownerUnitCode} write its articles`);
}

export function assertMayReview(context: ActorContext): void {
  if (!isArticleReviewer(context)) throw new Forbidden(`reviewing an article needs one of the roles: ${ARTICLE_REVIEWERS.join(', ')}`);
}
