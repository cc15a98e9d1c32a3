import { Forbidden, hasAnyRole, type ActorContext } from '@civicloop/contracts';
import { OBJECTIONS_BEFORE_ARBITRATION, type ObjectionReviewerRole } from './objection-rules';

/** The roles that review objections at all. */
const REVIEWER_ROLES = ['dispatcher', 'supervisor'] as const;

/**
 * A role that never reviews objections is refused (403) before the order's state is looked at: what
 * it may not do does not depend on whether an objection is pending (which a 409 would tell it).
 */
export function assertReviewerRole(context: ActorContext): void {
  if (!hasAnyRole(context, REVIEWER_ROLES)) throw new Forbidden('reviewing an objection needs the dispatcher role (the supervisor’s from the third objection on)');
}

/** Dispatchers review the first two objections on an order; the supervisor arbitrates from the third on (403 otherwise). */
export function assertMayReview(context: ActorContext, objection: { reviewerRole: ObjectionReviewerRole; objectionNo: number }): void {
  if (hasAnyRole(context, [objection.reviewerRole])) return;
  if (objection.reviewerRole === 'supervisor') {
    throw new Forbidden(
      `this is objection no. ${objection.objectionNo} on the order: after ${OBJECTIONS_BEFORE_ARBITRATION} objections the supervisor arbitrates (督办仲裁), not a dispatcher`,
    );
  }
  throw new Forbidden('reviewing an objection needs the dispatcher role');
}
