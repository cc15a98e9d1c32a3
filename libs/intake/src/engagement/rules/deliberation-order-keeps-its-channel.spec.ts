import { CHANNELS, COMMUNITY_ISSUE_SOURCES } from '@civicloop/contracts';
import { orderChannel } from './deliberation-order';

describe('an ordered issue becomes a request on the channel it came in by', () => {
  it('a building round or a visit is 走访 (visit), a suggestion box its box, a chat group WeChat', () => {
    expect(orderChannel('building-round')).toBe('visit');
    expect(orderChannel('visit')).toBe('visit');
    expect(orderChannel('suggestion-box')).toBe('suggestion-box');
    expect(orderChannel('chat-group')).toBe('wechat');
  });

  it('uses only channels a request already has', () => {
    for (const source of COMMUNITY_ISSUE_SOURCES) expect(CHANNELS).toContain(orderChannel(source));
  });
});
