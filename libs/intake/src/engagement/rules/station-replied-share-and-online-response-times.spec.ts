import { stationFigures, type CountedStationIssue } from './station-figures';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 2, 0, minutes));
const issue = (source: 'online' | 'visit', repliedAfter: number | null, acceptedAfter: number | null = null): CountedStationIssue => ({
  source,
  categoryCode: 'x',
  receivedAt: at(0),
  acceptedAt: acceptedAfter === null ? null : at(acceptedAfter),
  firstReplyAt: repliedAfter === null ? null : at(repliedAfter),
  request: null,
});

describe('the replied share and the response times online against offline (Zhejiang: 100 % replied, 39.5 % faster online)', () => {
  it('counts the share replied and how much faster online replies came', () => {
    // Online: 60 and 120 minutes (mean 90); offline: 200 and no reply yet (mean 200).
    const figures = stationFigures([issue('online', 60, 10), issue('online', 120, 30), issue('visit', 200, 0), issue('visit', null)]);
    expect(figures).toMatchObject({ issues: 4, online: 2, visits: 2, replied: 3, repliedShare: 75 });
    expect(figures.meanMinutesToFirstReply).toEqual({ all: 126.7, online: 90, visit: 200 });
    expect(figures.onlineFasterByPercent).toBe(55);
    expect(figures.meanMinutesToAccept).toEqual({ all: 13.3, online: 20, visit: 0 });
  });

  it('has no share and no comparison without issues on both sides', () => {
    expect(stationFigures([]).repliedShare).toBeNull();
    expect(stationFigures([issue('online', 5)]).onlineFasterByPercent).toBeNull();
  });
});
