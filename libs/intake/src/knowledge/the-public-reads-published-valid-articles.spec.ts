import type { ActorContext } from '@civicloop/contracts';
import { articleScope, canSeeArticle } from './article-visibility';

const who = (roles: ActorContext['roles'], unitCodes: string[] = []): ActorContext => ({ tenantId: 'demo', userId: 'u', roles, unitCodes });
const published = { status: 'published' as const, ownerUnitCode: 'water-authority', validFrom: '2026-01-01', validTo: '2026-03-31' };
const today = '2026-03-15';
const expiredDay = '2026-04-01';

describe('residents and the public read published articles that are valid today', () => {
  it('shows the public (no sign-in) and residents a published, valid article', () => {
    expect(canSeeArticle(articleScope(who([])), published, today)).toBe(true);
    expect(canSeeArticle(articleScope(who(['resident'])), published, today)).toBe(true);
  });

  it('hides an expired or not yet valid article from them, but not from agents', () => {
    expect(canSeeArticle(articleScope(who([])), published, expiredDay)).toBe(false);
    expect(canSeeArticle(articleScope(who([])), published, '2025-12-31')).toBe(false);
    expect(canSeeArticle(articleScope(who(['agent'])), published, expiredDay)).toBe(true);
  });

  it('hides drafts from everyone but the owning unit and the reviewers', () => {
    const draft = { ...published, status: 'draft' as const };
    expect(canSeeArticle(articleScope(who([])), draft, today)).toBe(false);
    expect(canSeeArticle(articleScope(who(['agent'])), draft, today)).toBe(false);
    expect(canSeeArticle(articleScope(who(['unit-staff'], ['street-donghua'])), draft, today)).toBe(false);
    expect(canSeeArticle(articleScope(who(['unit-staff'], ['water-authority'])), draft, today)).toBe(true);
    expect(canSeeArticle(articleScope(who(['supervisor'])), draft, today)).toBe(true);
  });
});
