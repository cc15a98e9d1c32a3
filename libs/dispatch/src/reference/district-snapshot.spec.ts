import { districtRules } from '@civicloop/dispatch-rules';
import { CHINA_2026 } from '@civicloop/working-calendar';
import { DEMO_AREAS, DEMO_CATEGORIES, DEMO_RULES, DEMO_UNITS } from '../districts/demo-district';
import { DistrictSnapshot, type DistrictReferenceRows } from './district-snapshot';

function demoRows(overrides: Partial<DistrictReferenceRows> = {}): DistrictReferenceRows {
  return {
    district: { timeZone: 'Asia/Shanghai', rules: {} },
    calendarYears: [CHINA_2026],
    units: [...DEMO_UNITS].sort((a, b) => (a.code < b.code ? -1 : 1)),
    areas: DEMO_AREAS,
    categories: DEMO_CATEGORIES,
    catalogueRules: DEMO_RULES.map((rule, index) => ({ coHandlerCodes: [], ...rule, id: `rule-${index}` })),
    ...overrides,
  };
}

describe('a district snapshot answers what dispatch used to ask the tables', () => {
  it('matches the catalogue, finds units, categories and areas by code, and knows automatic dispatch', () => {
    const snapshot = new DistrictSnapshot(demoRows());
    expect(snapshot.match('drainage.blockage', 'jingshan.huangcheng')).toMatchObject({ kind: 'unique', rule: { unitCode: 'street-jingshan' } });
    expect(snapshot.match('noise', 'jingshan')).toEqual({ kind: 'none' });
    expect(snapshot.hasUnit('water-authority')).toBe(true);
    expect(snapshot.hasUnit('no-such-unit')).toBe(false);
    expect([snapshot.hasCategory('traffic.signal'), snapshot.hasArea('donghua.nanchizi'), snapshot.hasArea('elsewhere')]).toEqual([true, true, false]);
    expect([snapshot.autoDispatch('drainage'), snapshot.autoDispatch('housing.property'), snapshot.autoDispatch('unknown')]).toEqual([true, false, false]);
    expect(snapshot.categoryLineage('environment.garbage.overflow')).toEqual(['environment.garbage.overflow', 'environment.garbage', 'environment']);
  });

  it('sends what nothing covers to the district government, unless the district named another fallback unit', () => {
    expect(new DistrictSnapshot(demoRows()).fallbackUnitCode).toBe('district-office');
    const named = new DistrictSnapshot(demoRows({ district: { timeZone: 'Asia/Shanghai', rules: { fallbackUnitCode: 'city-management' } } }));
    expect(named.fallbackUnitCode).toBe('city-management');
    expect(new DistrictSnapshot(demoRows({ units: [] })).fallbackUnitCode).toBeNull();
  });

  it('copies a street’s orders to the supervising unit, and nobody else’s', () => {
    const snapshot = new DistrictSnapshot(demoRows());
    expect(snapshot.supervisingUnitFor('street-donghua')).toBe('district-office');
    expect(snapshot.supervisingUnitFor('water-authority')).toBeNull();
    expect(snapshot.supervisingUnitFor('no-such-unit')).toBeNull();
    const named = new DistrictSnapshot(demoRows({ district: { timeZone: 'Asia/Shanghai', rules: { supervisingUnitCode: 'housing-bureau' } } }));
    expect(named.supervisingUnitFor('street-jingshan')).toBe('housing-bureau');
  });

  it('works by the published defaults for a district that has not been opened', () => {
    const snapshot = new DistrictSnapshot(demoRows({ district: null, calendarYears: [] }));
    expect(snapshot.rules).toEqual(districtRules(undefined));
  });

  it('builds its working calendar once, and only when a deadline needs it', () => {
    const broken = new DistrictSnapshot(demoRows({ district: { timeZone: 'Mars/Olympus', rules: {} } }));
    expect(broken.hasUnit('district-office')).toBe(true);
    expect(() => broken.calendar).toThrow();
    const snapshot = new DistrictSnapshot(demoRows());
    expect(snapshot.calendar).toBe(snapshot.calendar);
    // The district's official year came with it: National Day is off, its 调休 Sunday is worked.
    expect(snapshot.calendar.isWorkingDay('2026-10-02')).toBe(false);
    expect(snapshot.calendar.isWorkingDay(CHINA_2026.makeUpWorkdays[0])).toBe(true);
  });

  it('gives every signed-in user the pickers and the units’ names, in code order as loaded, a copy its reader may keep', () => {
    const snapshot = new DistrictSnapshot(demoRows());
    const view = snapshot.view();
    view.units.reverse();
    expect(snapshot.view().units[0]).toEqual({ code: 'city-management', name: '区城市管理委员会', kind: 'department', parentCode: null });
    expect(view.categories).toHaveLength(DEMO_CATEGORIES.length);
    expect(view.areas[0]).toEqual({ code: 'district', name: '示范区', parentCode: null });
  });
});
