import type { UnitKind } from '../reference/unit.entity';

/**
 * The demonstration district seeded by `npm start` and by tests: a few streets and communities,
 * departments, a category tree and a catalogue that exercises automatic dispatch and the queue.
 */
export const DEMO_UNITS: Array<{ code: string; name: string; kind: UnitKind; parentCode: string | null }> = [
  { code: 'district-office', name: '区政府办公室（兜底）', kind: 'district', parentCode: null },
  { code: 'street-donghua', name: '东华门街道', kind: 'street', parentCode: 'district-office' },
  { code: 'street-jingshan', name: '景山街道', kind: 'street', parentCode: 'district-office' },
  { code: 'community-nanchizi', name: '南池子社区', kind: 'community', parentCode: 'street-donghua' },
  { code: 'water-authority', name: '区水务局', kind: 'department', parentCode: null },
  { code: 'traffic-police', name: '交通支队', kind: 'department', parentCode: null },
  { code: 'city-management', name: '区城市管理委员会', kind: 'department', parentCode: null },
  { code: 'housing-bureau', name: '区住房和城乡建设委员会', kind: 'department', parentCode: null },
];

export const DEMO_AREAS = [
  { code: 'district', name: '示范区', parentCode: null },
  { code: 'donghua', name: '东华门街道', parentCode: 'district' },
  { code: 'donghua.nanchizi', name: '南池子社区', parentCode: 'donghua' },
  { code: 'donghua.dengshikou', name: '灯市口社区', parentCode: 'donghua' },
  { code: 'jingshan', name: '景山街道', parentCode: 'district' },
  { code: 'jingshan.huangcheng', name: '皇城根社区', parentCode: 'jingshan' },
];

export const DEMO_CATEGORIES = [
  { code: 'environment', name: '市容环境', parentCode: null, autoDispatch: true },
  { code: 'environment.garbage', name: '垃圾清运', parentCode: 'environment', autoDispatch: true },
  { code: 'environment.garbage.overflow', name: '垃圾满溢', parentCode: 'environment.garbage', autoDispatch: true },
  { code: 'drainage', name: '排水', parentCode: null, autoDispatch: true },
  { code: 'drainage.blockage', name: '下水道堵塞', parentCode: 'drainage', autoDispatch: true },
  { code: 'utilities', name: '水电气热', parentCode: null, autoDispatch: true },
  { code: 'utilities.water', name: '供水', parentCode: 'utilities', autoDispatch: true },
  { code: 'utilities.water.outage', name: '停水', parentCode: 'utilities.water', autoDispatch: true },
  { code: 'traffic', name: '交通', parentCode: null, autoDispatch: true },
  { code: 'traffic.signal', name: '信号灯故障', parentCode: 'traffic', autoDispatch: true },
  { code: 'housing', name: '住房', parentCode: null, autoDispatch: false },
  { code: 'housing.property', name: '物业管理', parentCode: 'housing', autoDispatch: false },
  { code: 'noise', name: '噪声扰民', parentCode: null, autoDispatch: true },
];

/**
 * Drainage belongs to the street where it is; signals to the traffic police anywhere; property
 * disputes are shared (the dispatchers decide). Noise in 东华门 is led by the street with city
 * management reporting to it (吹哨报到); noise elsewhere matches nothing and goes to the district
 * government (兜底).
 */
export const DEMO_RULES: Array<{ categoryCode: string; areaCode: string | null; unitCode: string; priority: number; coHandlerCodes?: string[] }> = [
  { categoryCode: 'drainage', areaCode: 'donghua', unitCode: 'street-donghua', priority: 0 },
  { categoryCode: 'drainage', areaCode: 'jingshan', unitCode: 'street-jingshan', priority: 0 },
  { categoryCode: 'traffic.signal', areaCode: null, unitCode: 'traffic-police', priority: 0 },
  { categoryCode: 'utilities.water', areaCode: null, unitCode: 'water-authority', priority: 0 },
  { categoryCode: 'environment', areaCode: null, unitCode: 'city-management', priority: 0 },
  { categoryCode: 'housing.property', areaCode: null, unitCode: 'housing-bureau', priority: 0 },
  { categoryCode: 'housing.property', areaCode: null, unitCode: 'street-donghua', priority: 0 },
  { categoryCode: 'noise', areaCode: 'donghua', unitCode: 'street-donghua', priority: 0, coHandlerCodes: ['city-management'] },
];
