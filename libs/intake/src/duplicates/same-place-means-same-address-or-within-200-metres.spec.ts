import { addressKey, boundingBox, metresBetween, NEAR_METRES } from './places';

describe('the same place: the same address, or within 200 m when coordinates are given', () => {
  it('treats an address typed with other spaces, widths or punctuation as the same address', () => {
    expect(addressKey('南池子大街 12 号')).toBe(addressKey('南池子大街１２号'));
    expect(addressKey('南池子大街12号（东门）')).toBe(addressKey('南池子大街12号东门'));
    expect(addressKey('南池子大街 12 号')).not.toBe(addressKey('南池子大街 14 号'));
  });

  it('measures WGS-84 distance: about 111 m per thousandth of a degree of latitude', () => {
    const a = { latitude: 39.9139, longitude: 116.4006 };
    expect(metresBetween(a, a)).toBe(0);
    expect(metresBetween(a, { latitude: 39.9149, longitude: 116.4006 })).toBeCloseTo(111.2, 0);
  });

  it('puts points 150 m apart within reach and 300 m apart outside it', () => {
    const here = { latitude: 39.9139, longitude: 116.4006 };
    expect(metresBetween(here, { latitude: 39.9139 + 150 / 111_195, longitude: 116.4006 })).toBeLessThanOrEqual(NEAR_METRES);
    expect(metresBetween(here, { latitude: 39.9139 + 300 / 111_195, longitude: 116.4006 })).toBeGreaterThan(NEAR_METRES);
  });

  it('pre-filters with a box that contains every point within reach in every direction', () => {
    const here = { latitude: 39.9139, longitude: 116.4006 };
    const box = boundingBox(here, NEAR_METRES);
    for (const bearing of [0, 45, 90, 135, 180, 225, 270, 315]) {
      const r = (bearing * Math.PI) / 180;
      const point = {
        latitude: here.latitude + (Math.cos(r) * 199) / 111_195,
        longitude: here.longitude + (Math.sin(r) * 199) / (111_195 * Math.cos((here.latitude * Math.PI) / 180)),
      };
      expect(metresBetween(here, point)).toBeLessThanOrEqual(NEAR_METRES);
      expect(point.latitude).toBeGreaterThanOrEqual(box.minLatitude);
      expect(point.latitude).toBeLessThanOrEqual(box.maxLatitude);
      expect(point.longitude).toBeGreaterThanOrEqual(box.minLongitude);
      expect(point.longitude).toBeLessThanOrEqual(box.maxLongitude);
    }
  });
});
