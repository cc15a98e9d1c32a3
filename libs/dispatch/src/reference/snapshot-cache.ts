/**
 * The latest snapshot of each district, keyed by the district's reference version, for at most
 * `capacity` districts: the least recently used one is dropped first. A version is only ever
 * compared for equality: sequence numbers are unique, never reused, and not necessarily
 * increasing in commit order.
 */
export class SnapshotCache<T> {
  private readonly entries = new Map<string, { version: string; value: T }>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`a snapshot cache holds at least one district, not ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The snapshot cached for this district at exactly this version, marked as just used. */
  get(tenantId: string, version: string): T | undefined {
    const entry = this.entries.get(tenantId);
    if (entry?.version !== version) return undefined;
    // A Map iterates in insertion order: re-inserting makes it the most recently used.
    this.entries.delete(tenantId);
    this.entries.set(tenantId, entry);
    return entry.value;
  }

  /** Replaces the district's snapshot (one per district), dropping the least recently used district when full. */
  set(tenantId: string, version: string, value: T): void {
    this.entries.delete(tenantId);
    this.entries.set(tenantId, { version, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/** What a load read: the data and, in the same statement, the version it belongs to (null: no version row). */
export interface VersionedLoad<T> {
  version: string | null;
  value: T;
}

/**
 * The district's snapshot for `version` (read by the caller in its transaction): the cached one
 * when it has exactly that version, else a fresh load, cached under the version the load itself
 * read. A district without a version row is loaded every time and never cached.
 */
export async function cachedSnapshot<T>(cache: SnapshotCache<T>, tenantId: string, version: string | null, load: () => Promise<VersionedLoad<T>>): Promise<T> {
  if (version !== null) {
    const cached = cache.get(tenantId, version);
    if (cached !== undefined) return cached;
  }
  const loaded = await load();
  if (loaded.version !== null) cache.set(tenantId, loaded.version, loaded.value);
  return loaded.value;
}
