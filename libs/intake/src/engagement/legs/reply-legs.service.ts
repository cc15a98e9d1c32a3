import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@civicloop/clock';
import { RECEPTION_LEGS, ValidationFailed, type ActorContext, type ReceptionLeg } from '@civicloop/contracts';
import { ReplyLeg } from '../receptions/work-letter.entity';
import { assertLegOpen, legsForLetter, relayDueAfter } from '../rules/reply-chain';

/** Whose chain: a reception issue and its letter, or a handed-on station issue. */
export type LegOwner = { issueId: string; letterId: string } | { stationIssueId: string };

/**
 * The reply chain (反馈) shared by reception issues and handed-on station issues: the three legs
 * started together, answered one at a time (a closed leg is 409), read as the issue's view shows them.
 */
@Injectable()
export class ReplyLegsService {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** The chain as it starts (the letter sent, the issue handed on): two legs open, the relay waiting. */
  async start(manager: EntityManager, tenantId: string, owner: LegOwner, startedAt: Date): Promise<ReplyLeg[]> {
    const legs = legsForLetter(startedAt).map((leg) =>
      manager.create(ReplyLeg, {
        ...leg,
        id: randomUUID(),
        tenantId,
        issueId: 'issueId' in owner ? owner.issueId : null,
        letterId: 'letterId' in owner ? owner.letterId : null,
        stationIssueId: 'stationIssueId' in owner ? owner.stationIssueId : null,
        repliedAt: null,
        repliedBy: null,
        note: null,
        escalatedAt: null,
      }),
    );
    await manager.insert(ReplyLeg, legs);
    return legs;
  }

  of(manager: EntityManager, tenantId: string, owner: LegOwner): Promise<ReplyLeg[]> {
    return manager.findBy(ReplyLeg, { tenantId, ...ownerWhere(owner) });
  }

  /**
   * One leg answered with who and when: the caller's right to answer it checked by `mayReply`, a
   * closed or waiting leg refused (409 naming the state); the formal reply opens the relay.
   */
  async answer(
    manager: EntityManager,
    context: ActorContext,
    owner: LegOwner,
    input: { leg: string; note?: string | null; mayReply: (leg: ReplyLeg) => Promise<void> | void; noChain: () => Error },
  ): Promise<{ leg: ReplyLeg; repliedAt: Date }> {
    const legs = await manager.find(ReplyLeg, { where: { tenantId: context.tenantId, ...ownerWhere(owner) }, lock: { mode: 'pessimistic_write' } });
    const leg = legs.find((candidate) => candidate.leg === input.leg);
    if (!leg) throw input.noChain();
    await input.mayReply(leg);
    assertLegOpen(leg.leg, leg.state);
    if (!input.note?.trim()) throw new ValidationFailed([{ field: 'note', reason: 'say what was answered' }]);
    const now = this.clock.now();
    Object.assign(leg, { state: 'replied', repliedAt: now, repliedBy: context.userId, note: input.note.trim() });
    const changed: ReplyLeg[] = [leg];
    if (leg.leg === 'reply-to-deputy') {
      const relay = legs.find((candidate) => candidate.leg === 'relay-to-resident')!;
      Object.assign(relay, { state: 'open', dueAt: relayDueAfter(now) });
      changed.push(relay);
    }
    await manager.save(changed);
    return { leg, repliedAt: now };
  }
}

/** 400 before anything is read: the leg must be one of the chain's three. */
export function assertKnownLeg(leg: string): asserts leg is ReceptionLeg {
  if (!(RECEPTION_LEGS as readonly string[]).includes(leg)) throw new ValidationFailed([{ field: 'leg', reason: `must be one of: ${RECEPTION_LEGS.join(', ')}` }]);
}

/** The legs in chain order as an issue's view shows them: state, deadline, who answered when, late, escalated. */
export function legViews(legs: readonly ReplyLeg[], now: Date) {
  return [...legs]
    .sort((a, b) => RECEPTION_LEGS.indexOf(a.leg) - RECEPTION_LEGS.indexOf(b.leg))
    .map((leg) => ({
      leg: leg.leg,
      state: leg.state,
      dueAt: leg.dueAt?.toISOString() ?? null,
      repliedAt: leg.repliedAt?.toISOString() ?? null,
      repliedBy: leg.repliedBy,
      note: leg.note,
      escalatedAt: leg.escalatedAt?.toISOString() ?? null,
      late: leg.dueAt !== null && (leg.repliedAt ?? now) > leg.dueAt,
    }));
}

function ownerWhere(owner: LegOwner) {
  return 'stationIssueId' in owner ? { stationIssueId: owner.stationIssueId } : { issueId: owner.issueId };
}
