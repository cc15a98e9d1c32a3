import { coHandlerStanding, CoHandlerFacts } from './co-handler-standing';

const at = (time: string) => new Date(`2026-03-10T${time}:00+08:00`);
const coHandler = (overrides: Partial<CoHandlerFacts> = {}): CoHandlerFacts => ({
  id: 'a2',
  unitCode: 'city-management',
  status: 'dispatched',
  signForDeadline: at('12:00'),
  signedAt: null,
  reportDeadline: at('18:00'),
  reportedAt: null,
  reportText: null,
  ...overrides,
});

describe('a co-handler as the lead and the supervisor see it', () => {
  it('is not late while its deadlines are ahead', () => {
    expect(coHandlerStanding(coHandler(), at('11:00'))).toMatchObject({ signedLate: false, reportLate: false, late: false });
  });

  it('is late once its sign-for deadline passes unsigned', () => {
    expect(coHandlerStanding(coHandler(), at('12:01'))).toMatchObject({ signedLate: true, reportLate: false, late: true });
  });

  it('stays late for a report that came after its deadline', () => {
    const reported = coHandler({ status: 'signed', signedAt: at('11:00'), reportedAt: at('19:00'), reportText: '已到场' });
    expect(coHandlerStanding(reported, at('20:00'))).toMatchObject({ signedLate: false, reportLate: true, late: true, reportText: '已到场' });
  });

  it('is on time when it signed and reported within its deadlines', () => {
    const done = coHandler({ status: 'signed', signedAt: at('11:00'), reportedAt: at('17:00') });
    expect(coHandlerStanding(done, at('23:00')).late).toBe(false);
  });
});
