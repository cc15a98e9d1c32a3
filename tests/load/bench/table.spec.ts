import { grouped, markdownTable, millis, percent, perSecond } from './table';

describe('the bench table', () => {
  it('prints one markdown table with a header, a rule and a line per row', () => {
    const table = markdownTable([
      { part: '1 baselines', what: 'PG insert, 1 client', result: perSecond(1234.4), compared: '' },
      { part: '2 intake', what: 'POST /requests | 4 clients', result: perSecond(900), compared: `${percent(0.6123)} of raw` },
    ]);
    expect(table.split('\n')).toEqual([
      '| part | what | result | compared with |',
      '| --- | --- | --- | --- |',
      '| 1 baselines | PG insert, 1 client | 1,234/s |  |',
      '| 2 intake | POST /requests \\| 4 clients | 900/s | 61.2 % of raw |',
    ]);
  });

  it('writes figures the way a reader scans them', () => {
    expect(grouped(12_345.6)).toBe('12,346');
    expect(grouped(12.34)).toBe('12.3');
    expect(grouped(0.456)).toBe('0.46');
    expect(grouped(NaN)).toBe('n/a');
    expect(millis(3.14159)).toBe('3.14 ms');
    expect(millis(42.25)).toBe('42.3 ms');
    expect(percent(null)).toBe('n/a');
  });
});
