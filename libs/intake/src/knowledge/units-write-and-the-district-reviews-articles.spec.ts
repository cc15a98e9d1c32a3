import { Forbidden, IllegalTransition, type ActorContext } from '@civicloop/contracts';
import { assertMayReview, assertMayWrite, nextArticleStatus } from './article-workflow';

const who = (roles: ActorContext['roles'], unitCodes: string[] = []): ActorContext => ({ tenantId: 'demo', userId: 'u', roles, unitCodes });

describe('units write knowledge-base articles, the district reviews them', () => {
  it('lets staff and managers of the owning unit write its articles, and nobody else', () => {
    expect(() => assertMayWrite(who(['unit-staff'], ['water-authority']), 'water-authority')).not.toThrow();
    expect(() => assertMayWrite(who(['unit-manager'], ['water-authority']), 'water-authority')).not.toThrow();
    expect(() => assertMayWrite(who(['unit-staff'], ['street-donghua']), 'water-authority')).toThrow(Forbidden);
    expect(() => assertMayWrite(who(['agent']), 'water-authority')).toThrow(Forbidden);
  });

  it('leaves approving and rejecting to district admins and supervisors', () => {
    expect(() => assertMayReview(who(['district-admin']))).not.toThrow();
    expect(() => assertMayReview(who(['supervisor']))).not.toThrow();
    expect(() => assertMayReview(who(['unit-manager'], ['water-authority']))).toThrow(Forbidden);
  });

  it('goes draft → in review → published, or rejected and back to draft', () => {
    expect(nextArticleStatus('draft', 'submit')).toBe('in-review');
    expect(nextArticleStatus('in-review', 'approve')).toBe('published');
    expect(nextArticleStatus('in-review', 'reject')).toBe('rejected');
    expect(nextArticleStatus('rejected', 'edit')).toBe('draft');
  });

  it('refuses to publish a draft nobody reviewed, or to edit an article under review', () => {
    expect(() => nextArticleStatus('draft', 'approve')).toThrow(IllegalTransition);
    expect(() => nextArticleStatus('in-review', 'edit')).toThrow(/article is in-review: "edit" is not allowed now \(allowed: approve, reject\)/);
  });
});
