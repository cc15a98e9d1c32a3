import { ValidationFailed } from '@civicloop/contracts';

/** Those who cast a ballot (a guest or the minute-taker may sit without one). */
export function votersOf(participants: ReadonlyArray<{ votes?: boolean }>): number {
  return participants.filter((participant) => participant.votes !== false).length;
}

/**
 * A recorded vote: one count per option, whole and not negative, and no more ballots than
 * participants with a vote (ballots-within-voters). 400 on `counts`, naming the rule.
 */
export function assertValidVote(options: readonly string[], counts: readonly number[], voters: number): number {
  if (!Array.isArray(counts) || counts.length !== options.length) {
    throw new ValidationFailed([{ field: 'counts', reason: `one count per option: this item has ${options.length} option(s)` }]);
  }
  if (counts.some((count) => !Number.isInteger(count) || count < 0)) throw new ValidationFailed([{ field: 'counts', reason: 'counts are whole numbers, 0 or more' }]);
  const ballots = counts.reduce((sum, count) => sum + count, 0);
  if (ballots > voters) {
    throw new ValidationFailed([{ field: 'counts', reason: `ballots-within-voters: ${ballots} ballots but only ${voters} participant(s) have a vote` }]);
  }
  return ballots;
}

/** The options with the most ballots (a tie names several; none before a vote or with no ballot). */
export function leadingOptions(counts: readonly number[] | null): number[] {
  if (!counts || counts.every((count) => count === 0)) return [];
  const most = Math.max(...counts);
  return counts.flatMap((count, i) => (count === most ? [i] : []));
}
