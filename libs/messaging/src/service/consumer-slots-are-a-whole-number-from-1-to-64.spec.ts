import { DEFAULT_CONSUMER_SLOTS, readDistributedConfig } from './distributed-config';

const env = (slots?: string): NodeJS.ProcessEnv => ({ CIVICLOOP_NATS_URL: 'nats://127.0.0.1:4222', ...(slots === undefined ? {} : { CIVICLOOP_CONSUMER_SLOTS: slots }) });

describe('CIVICLOOP_CONSUMER_SLOTS', () => {
  it('defaults to eight transactions at once, and takes a whole number from 1 to 64', () => {
    expect(readDistributedConfig(env(), 3101).consumerSlots).toBe(DEFAULT_CONSUMER_SLOTS);
    expect(readDistributedConfig(env('2'), 3101).consumerSlots).toBe(2);
  });

  it.each(['0', '65', '2.5', 'four'])('refuses %s, naming the variable and what it takes', (slots) => {
    expect(() => readDistributedConfig(env(slots), 3101)).toThrow(`CIVICLOOP_CONSUMER_SLOTS must be a whole number from 1 to 64, not "${slots}"`);
  });
});
