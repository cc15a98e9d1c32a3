import { carriesDemoTemplate, DEMO_ARTICLES } from './demo-articles';

const demoReference = {
  categories: ['environment.garbage', 'housing.property', 'noise', 'traffic.signal', 'utilities.water.outage'].map((code) => ({ code, name: code, parentCode: null })),
  areas: [],
  units: ['water-authority', 'city-management', 'housing-bureau', 'traffic-police'].map((code) => ({ code, name: code, kind: 'department', parentCode: null })),
};

describe('the demo articles are seeded only into a district opened from the demo template', () => {
  it('recognises a district that has every category and unit the demo articles name', () => {
    expect(carriesDemoTemplate(demoReference)).toBe(true);
  });

  it('leaves an empty district, or one without a demo unit, without articles', () => {
    expect(carriesDemoTemplate({ categories: [], areas: [], units: [] })).toBe(false);
    expect(carriesDemoTemplate({ ...demoReference, units: demoReference.units.filter((unit) => unit.code !== 'traffic-police') })).toBe(false);
  });

  it('writes them in Chinese, each filed under a category and owned by a unit', () => {
    for (const article of DEMO_ARTICLES) {
      expect(article.title).toMatch(/[\u4e00-\u9fff]/);
      expect(article.categoryCodes.length).toBeGreaterThan(0);
      expect(article.ownerUnitCode).not.toBe('');
    }
  });
});
