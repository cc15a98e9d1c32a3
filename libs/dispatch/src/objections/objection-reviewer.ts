import { Forbidden, hasAnyRole, type ActorContext } from '@civicloop/contracts';
import { OBJECTIONS_BEFORE_ARBITRATION, type ObjectionReviewerRole } from './objection-rules';

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
