import { ValidationFailed } from '@civicloop/contracts';
import { categoryLineage, validArticleInput } from './article-input';

const article = { title: ' 停水通知 ', body: '提前公布', categoryCodes: ['utilities.water', 'utilities.water'], ownerUnitCode: 'water-authority', validFrom: '2026-01-01' };

describe('an article’s fields, and the category filter of a search', () => {
  it('trims the text, drops repeated categories and reads a missing end as open-ended', () => {
    expect(validArticleInput(article)).toMatchObject({ title: '停水通知', categoryCodes: ['utilities.water'], validTo: null });
  });

  it('refuses a validity that ends before it starts, or a date that is not YYYY-MM-DD', () => {
    expect(() => validArticleInput({ ...article, validTo: '2025-12-31' })).toThrow(/validTo: must not be before validFrom \(2026-01-01\)/);
    expect(() => validArticleInput({ ...article, validFrom: '2026-13-45' })).toThrow(ValidationFailed);
  });

  it('finds articles filed under the category, its parents or its children', () => {
    expect(categoryLineage('utilities.water.outage')).toEqual({ selfAndAncestors: ['utilities', 'utilities.water', 'utilities.water.outage'], descendantPrefix: 'utilities.water.outage.' });
  });
});
