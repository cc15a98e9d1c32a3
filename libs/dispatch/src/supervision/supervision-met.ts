import type { TimedStep } from '@civicloop/contracts';

/**
 * A supervision notice's deadline is met once every step it was issued about has been done
 * (a missed supervision deadline counts as done by the step it was about). The reply does all of
 * them and meets the deadline directly; the timer asks this about signing for.
 */
export function supervisionMet(supervisedKinds: readonly TimedStep[], done: readonly TimedStep[]): boolean {
  return supervisedKinds.every((kind) => kind === 'supervision' || done.includes(kind));
}
