import { combinedStatement } from './combined-statement';

describe('several writes as one statement', () => {
  it('keeps a lone write as it is', () => {
    expect(combinedStatement([{ sql: 'insert into a values ($1)', values: [1] }])).toEqual({ sql: 'insert into a values ($1)', values: [1] });
  });

  it('runs the earlier writes as WITHs and renumbers their parameters after one another', () => {
    const combined = combinedStatement([
      { sql: 'insert into a values ($1, $2)', values: ['a1', 'a2'] },
      { sql: 'update b set x = $1 where id = $2', values: ['b1', 'b2'] },
      { sql: 'insert into c values ($1)', values: ['c1'] },
    ]);
    expect(combined.sql).toBe('with write_0 as (insert into a values ($1, $2)), write_1 as (update b set x = $3 where id = $4) insert into c values ($5)');
    expect(combined.values).toEqual(['a1', 'a2', 'b1', 'b2', 'c1']);
  });

  it('renumbers parameters of two or more digits whole', () => {
    const many = Array.from({ length: 12 }, (_, i) => `$${i + 1}`).join(', ');
    const combined = combinedStatement([
      { sql: 'select $1', values: [0] },
      { sql: `insert into t values (${many})`, values: Array.from({ length: 12 }, (_, i) => i) },
    ]);
    expect(combined.sql).toContain('($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)');
  });
});
