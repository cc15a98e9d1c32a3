import { cachedSnapshot, SnapshotCache, type VersionedLoad } from './snapshot-cache';

/** A load that records how often it ran and answers with the version it "read" in the same statement. */
function loader(version: string | null, value: string) {
  const load = jest.fn(async (): Promise<VersionedLoad<string>> => ({ version, value }));
  return load;
}

describe('a district snapshot is reused only at exactly the version the transaction reads', () => {
  it('returns the cached snapshot when the version is unchanged, without loading', async () => {
    const cache = new SnapshotCache<string>(10);
    const first = loader('7', 'catalogue at 7');
    expect(await cachedSnapshot(cache, 'district-a', '7', first)).toBe('catalogue at 7');
    const second = loader('7', 'reloaded');
    expect(await cachedSnapshot(cache, 'district-a', '7', second)).toBe('catalogue at 7');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('loads again when the version moved, and keeps the new snapshot instead of the old one', async () => {
    const cache = new SnapshotCache<string>(10);
    await cachedSnapshot(cache, 'district-a', '7', loader('7', 'catalogue at 7'));
    expect(await cachedSnapshot(cache, 'district-a', '9', loader('9', 'catalogue at 9'))).toBe('catalogue at 9');
    expect(cache.get('district-a', '9')).toBe('catalogue at 9');
    // One snapshot per district: the old version is gone, so going back to it loads too.
    expect(cache.get('district-a', '7')).toBeUndefined();
  });

  it('treats versions as identities, not as an order: a lower number is just another version', async () => {
    const cache = new SnapshotCache<string>(10);
    await cachedSnapshot(cache, 'district-a', '12', loader('12', 'at 12'));
    const lower = loader('11', 'at 11');
    expect(await cachedSnapshot(cache, 'district-a', '11', lower)).toBe('at 11');
    expect(lower).toHaveBeenCalledTimes(1);
  });

  it('caches under the version the load read with the data, when a change committed in between', async () => {
    const cache = new SnapshotCache<string>(10);
    expect(await cachedSnapshot(cache, 'district-a', '7', loader('8', 'catalogue at 8'))).toBe('catalogue at 8');
    expect(cache.get('district-a', '7')).toBeUndefined();
    expect(cache.get('district-a', '8')).toBe('catalogue at 8');
  });

  it('never caches a district without a version row: each transaction loads it', async () => {
    const cache = new SnapshotCache<string>(10);
    const load = loader(null, 'defaults');
    await cachedSnapshot(cache, 'unopened', null, load);
    await cachedSnapshot(cache, 'unopened', null, load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);
  });

  it('keeps at most its capacity of districts, dropping the least recently used', async () => {
    const cache = new SnapshotCache<string>(2);
    await cachedSnapshot(cache, 'a', '1', loader('1', 'a1'));
    await cachedSnapshot(cache, 'b', '2', loader('2', 'b2'));
    expect(cache.get('a', '1')).toBe('a1'); // a is now the most recently used
    await cachedSnapshot(cache, 'c', '3', loader('3', 'c3'));
    expect(cache.size).toBe(2);
    expect(cache.get('b', '2')).toBeUndefined();
    expect(cache.get('a', '1')).toBe('a1');
    expect(cache.get('c', '3')).toBe('c3');
  });

  it('refuses a capacity that could hold no district', () => {
    expect(() => new SnapshotCache<string>(0)).toThrow('at least one district');
  });
});
