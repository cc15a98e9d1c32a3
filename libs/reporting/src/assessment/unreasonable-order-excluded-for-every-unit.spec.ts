import { countMonth } from './count-month';
import { assignment, exclusion, outcome } from './testing/month-facts.builders';

describe('an order flagged unreasonable (恶意/无理)', () => {
  const flag = exclusion('unreasonable', 'r1', { reason: '重复诉求并辱骂工作人员' });

  it('is out of all three rates of every unit that had it, lead and co-handler alike', () => {
    const facts = [assignment('street-donghua', { requestId: 'r1' }), assignment('community-nanchizi', { requestId: 'r1', role: 'co-handler' })];
    const count = countMonth(facts, [outcome('street-donghua', 'r1', true, 'not-satisfied')], [flag]);
    expect(count.responses).toEqual([]);
    expect(count.outcomes).toEqual([]);
  });

  it('is listed once per unit it spared, with the supervisor\'s reason', () => {
    const facts = [assignment('street-donghua', { requestId: 'r1' }), assignment('community-nanchizi', { requestId: 'r1', role: 'co-handler' })];
    const { excluded } = countMonth(facts, [outcome('street-donghua', 'r1')], [flag]);
    expect(excluded.map((item) => [item.unitCode, item.response, item.callback, item.reason])).toEqual([
      ['community-nanchizi', true, false, '重复诉求并辱骂工作人员'],
      ['street-donghua', true, true, '重复诉求并辱骂工作人员'],
    ]);
  });

  it('leaves the unit\'s other orders counted', () => {
    const count = countMonth([assignment('street-donghua', { requestId: 'r1' }), assignment('street-donghua', { requestId: 'r2' })], [outcome('street-donghua', 'r2')], [flag]);
    expect(count.responses).toEqual([{ unitCode: 'street-donghua', dispatched: 1, signedOnTime: 1, replied: 1 }]);
    expect(count.outcomes).toHaveLength(1);
  });
});
