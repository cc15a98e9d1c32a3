import { Gauge } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

type Sampler = () => Promise<number>;

const SAMPLE_TIMEOUT_MS = 2_000;
const outboxSamplers = new Map<string, Sampler>();
const lagSamplers = new Map<string, Sampler>();

new Gauge({
  name: 'civicloop_outbox_backlog',
  help: 'Outbox rows not yet published, sampled on scrape',
  labelNames: ['service'],
  registers: [metricsRegistry],
  async collect() {
    await sampleInto(this, outboxSamplers);
  },
});

new Gauge({
  name: 'civicloop_consumer_lag',
  help: "Events of the service's durable JetStream consumer not yet delivered or not yet acked (num_pending + num_ack_pending), sampled on scrape",
  labelNames: ['service'],
  registers: [metricsRegistry],
  async collect() {
    await sampleInto(this, lagSamplers);
  },
});

/** Samples a service's outbox backlog on each scrape; returns the function that stops it. */
export function sampleOutboxBacklog(service: string, sampler: Sampler): () => void {
  return register(outboxSamplers, service, sampler);
}

/** Samples a service's consumer lag on each scrape; returns the function that stops it. */
export function sampleConsumerLag(service: string, sampler: Sampler): () => void {
  return register(lagSamplers, service, sampler);
}

function register(samplers: Map<string, Sampler>, service: string, sampler: Sampler): () => void {
  samplers.set(service, sampler);
  return () => {
    if (samplers.get(service) === sampler) samplers.delete(service);
  };
}

/** A sampler that fails or hangs (database or NATS down) leaves its series out of this scrape; the scrape still answers. */
async function sampleInto(gauge: Gauge<'service'>, samplers: Map<string, Sampler>): Promise<void> {
  gauge.reset();
  await Promise.all(
    [...samplers].map(async ([service, sampler]) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_, fail) => {
          timer = setTimeout(() => fail(new Error('sample timed out')), SAMPLE_TIMEOUT_MS);
        });
        gauge.set({ service }, await Promise.race([sampler(), timeout]));
      } catch {
        // left out of this scrape
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}
