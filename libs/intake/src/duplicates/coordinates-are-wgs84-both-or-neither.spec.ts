import { coordinatesProblems } from './places';

describe('a request’s coordinates are optional WGS-84, latitude and longitude together', () => {
  it('accepts none, or both within range', () => {
    expect(coordinatesProblems({})).toEqual([]);
    expect(coordinatesProblems({ latitude: 39.9139, longitude: 116.4006 })).toEqual([]);
  });

  it('refuses one without the other, naming the missing field', () => {
    expect(coordinatesProblems({ latitude: 39.9 })).toEqual([{ field: 'longitude', reason: 'coordinates come as latitude and longitude together' }]);
  });

  it('refuses values outside the WGS-84 ranges (e.g. swapped latitude and longitude)', () => {
    expect(coordinatesProblems({ latitude: 116.4, longitude: 39.9 }).map((p) => p.field)).toEqual(['latitude']);
    expect(coordinatesProblems({ latitude: 39.9, longitude: 200 }).map((p) => p.field)).toEqual(['longitude']);
  });
});
