import { useI18n } from '../i18n/i18n';
import { MAP_WIDTH, pinsInBoxes, schematicBoxes, type AreaNode } from './map-layout';

export interface MapPlace {
  key: string;
  label: string;
  areaCode: string;
  kind: 'reception' | 'station';
}

const COLOURS = { reception: '#b91c1c', station: '#1d4ed8' } as const;

/**
 * The district's streets and communities as an SVG schematic (no outside tile server) with a pin for
 * each place; the list under it says the same in words for screen readers and small screens.
 */
export function DistrictMap({ areas, places }: { areas: readonly AreaNode[]; places: readonly MapPlace[] }) {
  const { t } = useI18n();
  const { boxes, height } = schematicBoxes(areas);
  if (boxes.length === 0) return null;
  const pins = pinsInBoxes(boxes, places);
  const kindOf = new Map(places.map((place) => [place.key, place.kind]));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${height}`} role="img" aria-labelledby="district-map-caption">
        {boxes.map((box) => (
          <g key={box.code}>
            <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={6} fill={box.depth === 1 ? '#f3f4f6' : '#ffffff'} stroke="#6b7280" />
            <text x={box.x + 8} y={box.y + (box.depth === 1 ? 18 : 20)} fontSize={box.depth === 1 ? 14 : 12} fontWeight={box.depth === 1 ? 600 : 400}>
              {box.name}
            </text>
          </g>
        ))}
        {pins.map((pin) => (
          <g key={pin.key}>
            <title>{pin.label}</title>
            <circle cx={pin.x} cy={pin.y} r={7} fill={COLOURS[kindOf.get(pin.key) ?? 'reception']} stroke="#fff" strokeWidth={2} />
          </g>
        ))}
      </svg>
      <figcaption id="district-map-caption" className="muted">
        {t('engagement.map.caption')} <span style={{ color: COLOURS.reception }}>●</span> {t('engagement.map.reception')} <span style={{ color: COLOURS.station }}>●</span> {t('engagement.map.station')}
      </figcaption>
    </figure>
  );
}
