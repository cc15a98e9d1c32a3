import type { DistrictReferenceResult, SaveStationPayload } from '@civicloop/contracts';
import { stationProblems } from './station-input';

const reference: DistrictReferenceResult = {
  categories: [],
  areas: [{ code: 'donghua.nanchizi', name: '南池子社区', parentCode: null }],
  units: [
    { code: 'street-donghua', name: '东华门街道', kind: 'street', parentCode: null },
    { code: 'traffic-police', name: '交警支队', kind: 'department', parentCode: null },
  ],
};
const station: SaveStationPayload = {
  name: '东华门街道人大代表联络站',
  streetUnitCode: 'street-donghua',
  areaCode: 'donghua.nanchizi',
  address: '南池子大街 12 号',
  latitude: 39.9125,
  longitude: 116.404,
  points: [{ name: '南池子社区联络点', areaCode: 'donghua.nanchizi', address: '南池子大街 50 号' }],
};

describe('a station and its points are places of the district, served by one of its streets', () => {
  it('accepts a station with a point, coordinates optional', () => {
    expect(stationProblems(station, reference)).toEqual([]);
  });

  it('names the street that is not a street, a point in another area and half a coordinate pair', () => {
    const problems = stationProblems(
      { ...station, streetUnitCode: 'traffic-police', latitude: undefined, points: [{ name: ' ', areaCode: 'elsewhere', address: 'x', latitude: 95, longitude: 116 }] },
      reference,
    );
    expect(problems.map((problem) => problem.field)).toEqual(['latitude', 'streetUnitCode', 'points[0].name', 'points[0].areaCode', 'points[0].latitude']);
  });
});
