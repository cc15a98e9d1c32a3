/** What the replay's people do, filed under the virtual hour they do it in. */
export class Agenda {
  private readonly hours = new Map<number, Array<() => Promise<void>>>();

  at(hour: number, action: () => Promise<void>): void {
    (this.hours.get(hour) ?? this.hours.set(hour, []).get(hour)!).push(action);
  }

  /** The actions due in `hour`, removed from the agenda. */
  take(hour: number): Array<() => Promise<void>> {
    const due = this.hours.get(hour) ?? [];
    this.hours.delete(hour);
    return due;
  }

  get pending(): number {
    let count = 0;
    for (const actions of this.hours.values()) count += actions.length;
    return count;
  }

  get lastHour(): number {
    return Math.max(-1, ...this.hours.keys());
  }
}
