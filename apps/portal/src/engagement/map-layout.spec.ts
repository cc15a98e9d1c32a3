import { areasFromCodes, MAP_WIDTH, pinsInBoxes, schematicBoxes } from './map-layout';

const AREAS = [
  { code: 'district', name: '示范区', parentCode: null },
  { code: 'donghua', name: '东华门街道', parentCode: 'district' },
  { code: 'donghua.nanchizi', name: '南池子社区', parentCode: 'donghua' },
  { code: 'donghua.dengshikou', name: '灯市口社区', parentCode: 'donghua' },
  { code: 'jingshan', name: '景山街道', parentCode: 'district' },
  { code: 'jingshan.huangcheng', name: '皇城根社区', parentCode: 'jingshan' },
];

describe('the district drawn without a tile server', () => {
  const { boxes, height } = schematicBoxes(AREAS);

  it('puts the streets side by side and their communities inside them', () => {
    const streets = boxes.filter((box) => box.depth === 1);
    expect(streets.map((box) => box.name)).toEqual(['东华门街道', '景山街道']);
    expect(streets[0]!.x + streets[0]!.width).toBeLessThan(streets[1]!.x);
    expect(streets[1]!.x + streets[1]!.width).toBeLessThanOrEqual(MAP_WIDTH);
    const nanchizi = boxes.find((box) => box.code === 'donghua.nanchizi')!;
    expect(nanchizi.x).toBeGreaterThan(streets[0]!.x);
    expect(nanchizi.x + nanchizi.width).toBeLessThan(streets[0]!.x + streets[0]!.width);
    expect(boxes.find((box) => box.code === 'donghua.dengshikou')!.y).toBeGreaterThan(nanchizi.y);
    expect(height).toBeGreaterThan(nanchizi.y + nanchizi.height);
  });

  it('pins places in their area, side by side when two share one, and leaves out unknown areas', () => {
    const pins = pinsInBoxes(boxes, [
      { key: 'a', label: 'A', areaCode: 'donghua.nanchizi' },
      { key: 'b', label: 'B', areaCode: 'donghua.nanchizi' },
      { key: 'c', label: 'C', areaCode: 'jingshan' },
      { key: 'd', label: 'D', areaCode: 'nowhere' },
    ]);
    expect(pins.map((pin) => pin.key)).toEqual(['a', 'b', 'c']);
    expect(pins[1]!.x).toBeGreaterThan(pins[0]!.x);
    expect(pins[0]!.y).toBe(pins[1]!.y);
    const jingshan = boxes.find((box) => box.code === 'jingshan')!;
    expect(pins[2]!.x).toBeGreaterThan(jingshan.x);
  });

  it('is empty for a district without areas', () => {
    expect(schematicBoxes([])).toEqual({ boxes: [], height: 0 });
  });
});

describe('a map for a visitor who cannot read the area tree', () => {
  it('guesses streets and communities from the dotted codes of the places', () => {
    const areas = areasFromCodes(['donghua.nanchizi', 'jingshan', 'donghua.dengshikou'], (code) => code.toUpperCase());
    expect(areas).toEqual([
      { code: 'donghua', name: 'DONGHUA', parentCode: null },
      { code: 'donghua.dengshikou', name: 'DONGHUA.DENGSHIKOU', parentCode: 'donghua' },
      { code: 'donghua.nanchizi', name: 'DONGHUA.NANCHIZI', parentCode: 'donghua' },
      { code: 'jingshan', name: 'JINGSHAN', parentCode: null },
    ]);
    expect(schematicBoxes(areas).boxes.filter((box) => box.depth === 1).map((box) => box.code)).toEqual(['donghua', 'jingshan']);
  });
});
