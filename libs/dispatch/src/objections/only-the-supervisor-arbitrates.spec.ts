import { Forbidden, type ActorContext, type Role } from '@civicloop/contracts';
import { assertMayReview, assertReviewerRole } from './objection-reviewer';

const as = (role: Role): ActorContext => ({ tenantId: 'demo', userId: `${role}-1`, roles: [role], unitCodes: [] });

describe('who decides an objection in review', () => {
  it('lets a dispatcher review the first and second objection, and nobody else', () => {
    expect(() => assertMayReview(as('dispatcher'), { reviewerRole: 'dispatcher', objectionNo: 2 })).not.toThrow();
    expect(() => assertMayReview(as('unit-staff'), { reviewerRole: 'dispatcher', objectionNo: 1 })).toThrow(Forbidden);
  });

  it('refuses a dispatcher the third objection with a message that names the supervisor, and lets the supervisor arbitrate', () => {
    expect(() => assertMayReview(as('dispatcher'), { reviewerRole: 'supervisor', objectionNo: 3 })).toThrow(/objection no\. 3 .* supervisor arbitrates/);
    expect(() => assertMayReview(as('supervisor'), { reviewerRole: 'supervisor', objectionNo: 3 })).not.toThrow();
  });

  it('refuses a role that never reviews before anything else, whatever the order’s state', () => {
    for (const role of ['agent', 'unit-staff', 'unit-manager', 'district-admin', 'resident'] as Role[]) expect(() => assertReviewerRole(as(role))).toThrow(Forbidden);
    for (const role of ['dispatcher', 'supervisor'] as Role[]) expect(() => assertReviewerRole(as(role))).not.toThrow();
  });
});
