/**
 * A district drawn without a tile server (PRODUCT.md "Places"): its streets side by side, their
 * communities stacked inside, as an SVG schematic; places are pinned to their area's box.
 */
export interface AreaNode {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface Box {
  code: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** 1 street (or any area below the district), 2 community. */
  depth: 1 | 2;
}

export interface Pin {
  key: string;
  label: string;
  x: number;
  y: number;
}

export const MAP_WIDTH = 600;
const PAD = 8;
const STREET_HEAD = 28;
const COMMUNITY_HEIGHT = 64;

export function schematicBoxes(areas: readonly AreaNode[]): { boxes: Box[]; height: number } {
  const codes = new Set(areas.map((area) => area.code));
  const roots = areas.filter((area) => !area.parentCode || !codes.has(area.parentCode));
  // A single root is the district itself: its children are the columns.
  const streets = roots.length === 1 ? areas.filter((area) => area.parentCode === roots[0]!.code) : roots;
  if (streets.length === 0) return { boxes: [], height: 0 };
  const columnWidth = (MAP_WIDTH - PAD * (streets.length + 1)) / streets.length;
  const childrenOf = (code: string) => areas.filter((area) => area.parentCode === code);
  const rows = Math.max(1, ...streets.map((street) => childrenOf(street.code).length));
  const height = PAD * 2 + STREET_HEAD + rows * (COMMUNITY_HEIGHT + PAD);
  const boxes: Box[] = [];
  streets.forEach((street, column) => {
    const x = PAD + column * (columnWidth + PAD);
    boxes.push({ code: street.code, name: street.name, x, y: PAD, width: columnWidth, height: height - PAD * 2, depth: 1 });
    childrenOf(street.code).forEach((community, row) => {
      boxes.push({ code: community.code, name: community.name, x: x + PAD, y: PAD + STREET_HEAD + row * (COMMUNITY_HEIGHT + PAD), width: columnWidth - PAD * 2, height: COMMUNITY_HEIGHT, depth: 2 });
    });
  });
  return { boxes, height };
}

/** Pins for places by area code: spread along the bottom of the area's box, left to right. */
export function pinsInBoxes(boxes: readonly Box[], places: ReadonlyArray<{ key: string; label: string; areaCode: string }>): Pin[] {
  const placed = new Map<string, number>();
  const pins: Pin[] = [];
  for (const place of places) {
    const box = boxes.find((candidate) => candidate.code === place.areaCode) ?? boxes.find((candidate) => place.areaCode.startsWith(`${candidate.code}.`));
    if (!box) continue;
    const index = placed.get(box.code) ?? 0;
    placed.set(box.code, index + 1);
    const x = Math.min(box.x + box.width - 10, box.x + 14 + index * 20);
    pins.push({ key: place.key, label: place.label, x, y: box.y + box.height - 14 });
  }
  return pins;
}

/**
 * Without the district's area tree (an anonymous visitor cannot read it), a tree guessed from the
 * places' dotted codes ("donghua.nanchizi" under "donghua"), labelled by `nameOf`.
 */
export function areasFromCodes(codes: readonly string[], nameOf: (code: string) => string): AreaNode[] {
  const all = new Set<string>();
  for (const code of codes) {
    const parts = code.split('.');
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join('.'));
  }
  return [...all].sort().map((code) => ({ code, name: nameOf(code), parentCode: code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null }));
}
